using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SakipAnalytics.Reports.Tests.Word;

/// <summary>Reads the text back out of a generated document, so tests compare what a reader sees.</summary>
internal static class DocxText
{
    private const string CaptionStyle = "Caption";

    /// <summary>The visible text of an element: its runs' text, paragraphs joined by a line break.</summary>
    public static string Of(OpenXmlElement element) => element switch
    {
        Paragraph paragraph => string.Concat(paragraph.Descendants<Text>().Select(t => t.Text)),
        _ => string.Join("\n", element.Elements<Paragraph>().Select(Of)),
    };

    /// <summary>Each row of the table as its cells' text.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Rows(Table table) =>
        [.. table.Elements<TableRow>().Select(row => (IReadOnlyList<string>)[.. row.Elements<TableCell>().Select(Of)])];

    /// <summary>The rows as lines with cells separated by " | ", for snapshots a person can read.</summary>
    public static IReadOnlyList<string> Lines(Table table) =>
        [.. Rows(table).Select(cells => string.Join(" | ", cells))];

    /// <summary>The text of the body's top-level paragraphs, in order.</summary>
    public static IReadOnlyList<string> Paragraphs(Body body) => [.. body.Elements<Paragraph>().Select(Of)];

    /// <summary>The table right after the caption paragraph whose text starts with the given words.</summary>
    public static Table TableAfterCaption(Body body, string captionStart)
    {
        var caption = Captions(body).Single(p => Of(p).StartsWith(captionStart, StringComparison.Ordinal));

        return caption.NextSibling() as Table
            ?? throw new InvalidOperationException($"No table follows the caption '{Of(caption)}'.");
    }

    /// <summary>Every caption paragraph (style Caption) of the body.</summary>
    public static IEnumerable<Paragraph> Captions(Body body) =>
        body.Elements<Paragraph>().Where(p => StyleOf(p) == CaptionStyle);

    /// <summary>The paragraph style id, or null for the default (Normal).</summary>
    public static string? StyleOf(Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
}
