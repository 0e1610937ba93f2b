using DocumentFormat.OpenXml.Wordprocessing;

namespace SakipAnalytics.Reports.Word;

/// <summary>Outline paragraphs in the built-in heading styles, so Word's navigation pane lists them.</summary>
internal static class Heading
{
    /// <summary>A chapter (Heading 1); it starts a new page.</summary>
    public static Paragraph Chapter(string text) => BodyText.Styled(StyleIds.Heading1, text);

    /// <summary>A section of a chapter (Heading 2).</summary>
    public static Paragraph Section(string text) => BodyText.Styled(StyleIds.Heading2, text);

    /// <summary>A subsection (Heading 3).</summary>
    public static Paragraph Subsection(string text) => BodyText.Styled(StyleIds.Heading3, text);
}
