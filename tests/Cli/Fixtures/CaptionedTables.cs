using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SakipAnalytics.Cli.Tests.Fixtures;

/// <summary>
/// The numbered tables of a .docx with the caption above each, as a planner reads them: only the
/// visible text (a field's cached result, never its instruction).
/// </summary>
public static class CaptionedTables
{
    public static IReadOnlyList<CaptionedTable> Read(string path)
    {
        using var document = WordprocessingDocument.Open(path, false);
        return document.MainDocumentPart!.Document!.Body!.Elements<Table>()
            .Select(t => new CaptionedTable(Visible(t.PreviousSibling<Paragraph>()), Rows(t)))
            .ToList();
    }

    public static string Visible(DocumentFormat.OpenXml.OpenXmlElement? element) => element is null
        ? string.Empty
        : string.Concat(element.Descendants<Text>().Select(t => t.Text));

    private static List<IReadOnlyList<string>> Rows(Table table) => table.Elements<TableRow>()
        .Select(r => (IReadOnlyList<string>)r.Elements<TableCell>().Select(c => Visible(c)).ToList())
        .ToList();
}
