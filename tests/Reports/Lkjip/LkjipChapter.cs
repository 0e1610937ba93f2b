using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using SakipAnalytics.Reports.Tests.Word;

namespace SakipAnalytics.Reports.Tests.Lkjip;

/// <summary>
/// One chapter of a written LKjIP read back as a reader sees it: from its Heading 1 to the next,
/// paragraphs with a list item's tab as "\t" and tables as " | "-separated lines.
/// </summary>
internal static class LkjipChapter
{
    private const string ChapterStyle = "Heading1";

    public static IReadOnlyList<OpenXmlElement> Elements(Body body, string heading) =>
    [
        .. body.Elements().Where(e => e is Paragraph or Table)
            .SkipWhile(e => !IsChapter(e, heading))
            .Skip(1)
            .TakeWhile(e => e is not Paragraph p || DocxText.StyleOf(p) != ChapterStyle),
    ];

    public static IReadOnlyList<string> Paragraphs(Body body, string heading) =>
        [.. Elements(body, heading).OfType<Paragraph>().Select(Text)];

    /// <summary>The paragraphs of a style (Heading2, Heading3) in the chapter.</summary>
    public static IReadOnlyList<string> InStyle(Body body, string heading, string styleId) =>
        [.. Elements(body, heading).OfType<Paragraph>().Where(p => DocxText.StyleOf(p) == styleId).Select(Text)];

    /// <summary>Every paragraph and table row of the chapter, in order, for snapshots.</summary>
    public static IReadOnlyList<string> Lines(Body body, string heading) =>
        [.. Elements(body, heading).SelectMany(e => e is Table t ? DocxText.Lines(t).Select(l => "  " + l) : [Text(e)])];

    /// <summary>The visible text of a paragraph; tabs, which list items put after their number, show as "\t".</summary>
    public static string Text(OpenXmlElement paragraph) => string.Concat(paragraph.Descendants()
        .Select(node => node switch
        {
            Text text => text.Text,
            TabChar => "\t",
            _ => string.Empty,
        }));

    private static bool IsChapter(OpenXmlElement element, string heading) =>
        element is Paragraph p && DocxText.StyleOf(p) == ChapterStyle && DocxText.Of(p) == heading;
}
