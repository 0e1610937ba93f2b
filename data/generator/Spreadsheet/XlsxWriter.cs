using DocumentFormat.OpenXml.Packaging;
using Ox = DocumentFormat.OpenXml.Spreadsheet;

namespace SakipAnalytics.DataGenerator.Spreadsheet;

/// <summary>
/// Writes sheets as an .xlsx package with Open XML: typed numbers, shared or inline strings,
/// merged title cells. The bytes depend only on the sheets (see <see cref="FixedTimestampZip"/>).
/// </summary>
public static class XlsxWriter
{
    private const string WorkbookContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    public static byte[] Write(IReadOnlyList<Sheet> sheets, StringStorage storage)
    {
        ArgumentNullException.ThrowIfNull(sheets);

        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
            Fill(document, sheets, storage);

        return FixedTimestampZip.Rewrite(stream.ToArray());
    }

    private static void Fill(SpreadsheetDocument document, IReadOnlyList<Sheet> sheets, StringStorage storage)
    {
        // Package-level parts get explicit relationship ids: generated ones are random.
        var workbookPart = document.AddNewPart<WorkbookPart>(WorkbookContentType, "rId1");
        var strings = new SharedStringIndex(storage);
        var entries = new Ox.Sheets();
        for (var i = 0; i < sheets.Count; i++)
            entries.Append(AddSheet(workbookPart, sheets[i], i + 1, strings));

        workbookPart.Workbook = new Ox.Workbook(entries);
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>($"rId{sheets.Count + 1}");
        styles.Stylesheet = WorkbookStyles.Create();

        if (storage == StringStorage.Shared)
            workbookPart.AddNewPart<SharedStringTablePart>($"rId{sheets.Count + 2}").SharedStringTable = strings.ToTable();

        FixedCoreProperties.Add(document);
    }

    private static Ox.Sheet AddSheet(WorkbookPart workbookPart, Sheet sheet, int number, SharedStringIndex strings)
    {
        var id = $"rId{number}";
        var part = workbookPart.AddNewPart<WorksheetPart>(id);
        part.Worksheet = WorksheetContent.Build(sheet, strings);
        return new Ox.Sheet { Name = sheet.Name, SheetId = (uint)number, Id = id };
    }
}
