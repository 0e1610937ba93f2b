using DocumentFormat.OpenXml.Wordprocessing;
using SakipAnalytics.Reports.Tests.Word;

namespace SakipAnalytics.Reports.Tests.Evaluation;

/// <summary>A written report as a reader goes through it: paragraphs as lines, table rows as cells joined by " | ".</summary>
internal static class ReportLines
{
    public static IReadOnlyList<string> Of(Body body) =>
    [
        .. body.Elements().SelectMany(e => e switch
        {
            Paragraph paragraph => [DocxText.Of(paragraph)],
            Table table => DocxText.Lines(table),
            _ => [],
        }),
    ];

    /// <summary>The paragraphs of a section, captions left out: from its heading to the next heading of its level or higher.</summary>
    public static IReadOnlyList<string> Section(Body body, string heading)
    {
        var start = body.Elements<Paragraph>().Single(p => DocxText.Of(p) == heading);
        var level = DocxText.StyleOf(start);
        return
        [
            .. start.ElementsAfter().OfType<Paragraph>()
                .TakeWhile(p => !IsHeadingUpTo(p, level!))
                .Where(p => DocxText.StyleOf(p) != "Caption")
                .Select(DocxText.Of),
        ];
    }

    /// <summary>The text of every heading in the given style ("Heading2"), in order.</summary>
    public static IReadOnlyList<string> Headings(Body body, string style) =>
        [.. body.Elements<Paragraph>().Where(p => DocxText.StyleOf(p) == style).Select(DocxText.Of)];

    /// <summary>The rows of the table under a caption, header first.</summary>
    public static IReadOnlyList<string> Table(Body body, string captionStart) =>
        DocxText.Lines(DocxText.TableAfterCaption(body, captionStart));

    private static bool IsHeadingUpTo(Paragraph paragraph, string level) =>
        DocxText.StyleOf(paragraph) is { } style && style.StartsWith("Heading", StringComparison.Ordinal)
        && string.CompareOrdinal(style, level) <= 0;
}
