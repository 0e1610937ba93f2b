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

    public static List<string> SchemaErrors(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        return new OpenXmlValidator().Validate(document).Select(e => e.Description).ToList();
    }

    private static List<List<string>> Rows(WorksheetPart part, List<string>? shared) =>
        part.Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => Text(c, shared)).ToList()).ToList();

    private static string Text(Cell cell, List<string>? shared) => cell.DataType?.Value switch
    {
        _ when cell.DataType?.Value == CellValues.SharedString => shared![int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)],
        _ when cell.DataType?.Value == CellValues.InlineString => cell.InlineString!.InnerText,
        _ => cell.CellValue?.Text ?? "",
    };
}
