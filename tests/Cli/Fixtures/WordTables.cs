using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SakipAnalytics.Cli.Tests.Fixtures;

/// <summary>Reads the tables of a .docx as rows of visible cell text, the way a planner sees them.</summary>
public static class WordTables
{
    /// <summary>Every table of the body, each as rows of cell text.</summary>
    public static IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> All(string path)
    {
        using var document = WordprocessingDocument.Open(path, false);
        return document.MainDocumentPart!.Document!.Body!.Descendants<Table>()
            .Select(t => (IReadOnlyList<IReadOnlyList<string>>)t.Elements<TableRow>()
                .Select(r => (IReadOnlyList<string>)r.Elements<TableCell>().Select(c => CaptionedTables.Visible(c)).ToList())
                .ToList())
            .ToList();
    }

    public static IEnumerable<string> Paragraphs(string path)
    {
        using var document = WordprocessingDocument.Open(path, false);
        return document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => CaptionedTables.Visible(p)).ToList();
    }
}
