using DocumentFormat.OpenXml.Wordprocessing;

namespace SakipAnalytics.Reports.Word;

/// <summary>
/// Space between a table and the plain paragraph after it: Word tables have no spacing of their
/// own, and an empty paragraph as a spacer would be a stray paragraph.
/// </summary>
internal static class TableGap
{
    private const string Before = "160";

    /// <summary>Adds space above the paragraph unless its style (a heading, a caption) sets its own.</summary>
    public static void Apply(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties ??= new ParagraphProperties();
        if (properties.ParagraphStyleId is not null || properties.SpacingBetweenLines is not null)
            return;

        properties.SpacingBetweenLines = new SpacingBetweenLines { Before = Before };
    }
}
