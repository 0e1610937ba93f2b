using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace SakipAnalytics.Reports.Tests.Fixtures;

/// <summary>
/// Reads a written workbook back as a reader's spreadsheet program would: each sheet's cells as
/// numbers (decimal) or text (string), with the number format and boldness of any cell.
/// </summary>
internal sealed class XlsxBook : IDisposable
{
    private readonly SpreadsheetDocument _document;
    private readonly WorkbookPart _book;

    public XlsxBook(string path)
    {
        _document = SpreadsheetDocument.Open(path, isEditable: false);
        _book = _document.WorkbookPart!;
    }

    public IReadOnlyList<string> SheetNames => [.. Sheets.Select(s => s.Name!.Value!)];

    /// <summary>The sheet's rows of values: a decimal for a number, a string for text, null for an empty cell.</summary>
    public IReadOnlyList<IReadOnlyList<object?>> Rows(string sheet) =>
        [.. Cells(sheet).Select(row => (IReadOnlyList<object?>)[.. row.Select(Value)])];

    /// <summary>The number format code of a cell ("#,##0.00", "0") by zero-based row and column; null when general.</summary>
    public string? FormatCode(string sheet, int row, int column)
    {
        var format = Format(Cells(sheet)[row][column]).NumberFormatId?.Value;
        return _book.WorkbookStylesPart!.Stylesheet.NumberingFormats?.Elements<NumberingFormat>()
            .FirstOrDefault(f => f.NumberFormatId?.Value == format)?.FormatCode?.Value;
    }

    public bool IsBold(string sheet, int row, int column)
    {
        var font = Format(Cells(sheet)[row][column]).FontId?.Value ?? 0;
        return _book.WorkbookStylesPart!.Stylesheet.Fonts!.Elements<Font>().ElementAt((int)font).Bold is not null;
    }

    /// <summary>Every schema error the Open XML validator finds.</summary>
    public IReadOnlyList<string> SchemaErrors() => [.. new OpenXmlValidator().Validate(_document).Select(e => e.Description)];

    public void Dispose() => _document.Dispose();

    private IEnumerable<Sheet> Sheets => _book.Workbook!.Sheets!.Elements<Sheet>();

    private List<List<Cell>> Cells(string sheet)
    {
        var part = (WorksheetPart)_book.GetPartById(Sheets.Single(s => s.Name == sheet).Id!.Value!);
        return [.. part.Worksheet!.Descendants<Row>().Select(r => r.Elements<Cell>().ToList())];
    }

    private CellFormat Format(Cell cell) =>
        _book.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));

    private object? Value(Cell cell)
    {
        if (cell.DataType?.Value == CellValues.InlineString)
            return cell.InlineString!.InnerText;
        if (cell.DataType?.Value == CellValues.SharedString)
            return _book.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>()
                .ElementAt(int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)).InnerText;
        if (cell.DataType?.Value == CellValues.String)
            return cell.CellValue?.Text;

        return cell.CellValue is { } value ? decimal.Parse(value.Text, NumberStyles.Float, CultureInfo.InvariantCulture) : null;
    }
}
