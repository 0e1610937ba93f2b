using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace SakipAnalytics.Cli.Tests.Fixtures;

/// <summary>Reads an exported workbook back: each sheet by name as rows of cell text, and its schema errors.</summary>
public static class XlsxSheets
{
    public static Dictionary<string, List<List<string>>> Read(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var book = document.WorkbookPart!;
        var shared = book.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList();
        return book.Workbook.Sheets!.Elements<Sheet>().ToDictionary(
            s => s.Name!.Value!,
            s => Rows((WorksheetPart)book.GetPartById(s.Id!.Value!), shared));
    }

    /// <summary>The number format code a cell is shown with ("0", "#,##0.00"), by zero-based row and column.</summary>
    public static string? FormatCode(string path, string sheet, int row, int column)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var book = document.WorkbookPart!;
        var part = (WorksheetPart)book.GetPartById(book.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet).Id!.Value!);
        var cell = part.Worksheet.Descendants<Row>().ElementAt(row).Elements<Cell>().ElementAt(column);
        var styles = book.WorkbookStylesPart!.Stylesheet;
        var format = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0)).NumberFormatId?.Value;
        return styles.NumberingFormats?.Elements<NumberingFormat>()
            .FirstOrDefault(f => f.NumberFormatId?.Value == format)?.FormatCode?.Value;
    }

    public static List<string> SchemaErrors(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        return new OpenXmlValidator().Validate(document).Select(e => e.Description).ToList();
    }

    private static List<List<string>> Rows(WorksheetPart part, List<string>? shared) =>
        part.Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => Text(c, shared)).ToList()).ToList();

    private static string Text(Cell cell, List<string>? shared) => cell.DataType?.Value switch
    {
        _ when cell.DataType?.Value == CellValues.SharedString =>
            shared![int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)],
        _ when cell.DataType?.Value == CellValues.InlineString => cell.InlineString!.InnerText,
        _ => cell.CellValue?.Text ?? "",
    };
}
