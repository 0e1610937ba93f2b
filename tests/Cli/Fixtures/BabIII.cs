using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SakipAnalytics.Cli.Tests.Fixtures;

/// <summary>
/// Bab III of an LKjIP as a planner reads it: every paragraph with text and every table row (cells
/// joined by " | "), from the chapter's heading to the next chapter.
/// </summary>
public static class BabIII
{
    private const string Heading1 = "Heading1";

    public static List<string> Read(string path)
    {
        using var document = WordprocessingDocument.Open(path, false);
        return document.MainDocumentPart!.Document!.Body!.ChildElements
            .SkipWhile(e => !IsChapter(e, "BAB III"))
            .TakeWhile((e, i) => i == 0 || !IsChapter(e, "BAB"))
            .SelectMany(Lines)
            .Where(line => line.Length > 0)
            .ToList();
    }

    private static IEnumerable<string> Lines(DocumentFormat.OpenXml.OpenXmlElement element) => element is Table table
        ? table.Elements<TableRow>().Select(r => string.Join(" | ", r.Elements<TableCell>().Select(c => CaptionedTables.Visible(c))))
        : [CaptionedTables.Visible(element)];

    private static bool IsChapter(DocumentFormat.OpenXml.OpenXmlElement element, string start) =>
        element is Paragraph p && p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == Heading1
        && CaptionedTables.Visible(p).StartsWith(start, StringComparison.Ordinal);
}
