using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SakipAnalytics.Reports.Word;

/// <summary>The styles of the table of contents and the lists of tables and figures, under Word's built-in names.</summary>
internal static partial class StyleSheet
{
    private const decimal IndentCmPerLevel = 0.75m;

    // The width of "Tabel 3.1 ": a caption title that wraps lines up under its first word.
    private const decimal CaptionNumberCm = 1.8m;

    // No outline level, so "DAFTAR ISI" is not listed in the table of contents it heads.
    private static Style ContentsHeading() => new()
    {
        Type = StyleValues.Paragraph,
        StyleId = StyleIds.ContentsHeading,
        StyleName = new StyleName { Val = "TOC Heading" },
        BasedOn = new BasedOn { Val = StyleIds.Normal },
        NextParagraphStyle = new NextParagraphStyle { Val = StyleIds.Normal },
        UIPriority = new UIPriority { Val = 39 },
        PrimaryStyle = new PrimaryStyle(),
        StyleParagraphProperties = new StyleParagraphProperties
        {
            KeepNext = new KeepNext(),
            PageBreakBefore = new PageBreakBefore(),
            SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "360" },
            Justification = Justify(JustificationValues.Center),
        },
        StyleRunProperties = BoldRun(28),
    };

    private static Style ContentsLevel(string id, string name, int level) => ContentsEntry(
        id,
        name,
        level == 0 ? null : new Indentation { Left = Twips(level * IndentCmPerLevel) },
        level == 0);

    private static Style TableOfFigures() => ContentsEntry(
        StyleIds.TableOfFigures,
        "table of figures",
        new Indentation { Left = Twips(CaptionNumberCm), Hanging = Twips(CaptionNumberCm) },
        bold: false);

    private static Style ContentsEntry(string id, string name, Indentation? indentation, bool bold) => new()
    {
        Type = StyleValues.Paragraph,
        StyleId = id,
        StyleName = new StyleName { Val = name },
        BasedOn = new BasedOn { Val = StyleIds.Normal },
        NextParagraphStyle = new NextParagraphStyle { Val = StyleIds.Normal },
        UIPriority = new UIPriority { Val = 39 },
        StyleParagraphProperties = new StyleParagraphProperties
        {
            SpacingBetweenLines = new SpacingBetweenLines { Before = bold ? "120" : "0", After = "60" },
            Indentation = indentation,
            Justification = Justify(JustificationValues.Left),
        },
        StyleRunProperties = bold ? new StyleRunProperties { Bold = new Bold() } : null,
    };

    private static string Twips(decimal cm) => Length.Twips(cm).ToString(CultureInfo.InvariantCulture);
}
