using DocumentFormat.OpenXml.Wordprocessing;

namespace SakipAnalytics.Reports.Word;

/// <summary>
/// The styles part: a sans Normal at 11 pt in Indonesian, built-in heading styles (so Word's
/// navigation pane and tables of contents see the outline), captions, table text and a table style.
/// </summary>
internal static partial class StyleSheet
{
    /// <summary>Arial is on every office machine; LibreOffice uses the metric-compatible Liberation Sans.</summary>
    public const string FontName = "Arial";

    private const string Language = "id-ID";

    public static Styles Build() => new(
        Defaults(),
        Normal(),
        Heading(StyleIds.Heading1, "heading 1", 0, 28),
        Heading(StyleIds.Heading2, "heading 2", 1, 24),
        Heading(StyleIds.Heading3, "heading 3", 2, 22),
        Cover(StyleIds.Title, "Title", 32),
        Cover(StyleIds.Subtitle, "Subtitle", 28),
        Caption(),
        Footer(),
        TableText(),
        TableHeading(),
        Placeholder(),
        ContentsHeading(),
        ContentsLevel(StyleIds.Contents1, "toc 1", 0),
        ContentsLevel(StyleIds.Contents2, "toc 2", 1),
        ContentsLevel(StyleIds.Contents3, "toc 3", 2),
        TableOfFigures(),
        Table());

    private static DocDefaults Defaults() => new(
        new RunPropertiesDefault(new RunPropertiesBaseStyle
        {
            RunFonts = new RunFonts
            {
                Ascii = FontName,
                HighAnsi = FontName,
                ComplexScript = FontName,
                EastAsia = FontName,
            },
            FontSize = new FontSize { Val = "22" },
            FontSizeComplexScript = new FontSizeComplexScript { Val = "22" },
            Languages = new Languages { Val = Language, EastAsia = Language, Bidi = Language },
        }),
        new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle
        {
            SpacingBetweenLines = new SpacingBetweenLines
            {
                After = "120",
                Line = "300",
                LineRule = LineSpacingRuleValues.Auto,
            },
        }));

    private static Style Normal() => new()
    {
        Type = StyleValues.Paragraph,
        StyleId = StyleIds.Normal,
        Default = true,
        StyleName = new StyleName { Val = "Normal" },
        PrimaryStyle = new PrimaryStyle(),
        StyleParagraphProperties = new StyleParagraphProperties { Justification = Justify(JustificationValues.Both) },
    };

    private static Style Heading(string id, string name, int outlineLevel, int halfPoints) => new()
    {
        Type = StyleValues.Paragraph,
        StyleId = id,
        StyleName = new StyleName { Val = name },
        BasedOn = new BasedOn { Val = StyleIds.Normal },
        NextParagraphStyle = new NextParagraphStyle { Val = StyleIds.Normal },
        UIPriority = new UIPriority { Val = 9 },
        PrimaryStyle = new PrimaryStyle(),
        StyleParagraphProperties = HeadingParagraph(outlineLevel),
        StyleRunProperties = BoldRun(halfPoints),
    };

    private static StyleParagraphProperties HeadingParagraph(int outlineLevel) => new()
    {
        KeepNext = new KeepNext(),
        KeepLines = new KeepLines(),
        PageBreakBefore = outlineLevel == 0 ? new PageBreakBefore() : null,
        SpacingBetweenLines = outlineLevel == 0
            ? new SpacingBetweenLines { Before = "0", After = "360" }
            : new SpacingBetweenLines { Before = "240", After = "120" },
        Justification = Justify(outlineLevel == 0 ? JustificationValues.Center : JustificationValues.Left),
        OutlineLevel = new OutlineLevel { Val = outlineLevel },
    };

    private static Style Cover(string id, string name, int halfPoints) => new()
    {
        Type = StyleValues.Paragraph,
        StyleId = id,
        StyleName = new StyleName { Val = name },
        BasedOn = new BasedOn { Val = StyleIds.Normal },
        PrimaryStyle = new PrimaryStyle(),
        StyleParagraphProperties = new StyleParagraphProperties { Justification = Justify(JustificationValues.Center) },
        StyleRunProperties = BoldRun(halfPoints),
    };

    private static Style Caption() => new()
    {
        Type = StyleValues.Paragraph,
        StyleId = StyleIds.Caption,
        StyleName = new StyleName { Val = "caption" },
        BasedOn = new BasedOn { Val = StyleIds.Normal },
        NextParagraphStyle = new NextParagraphStyle { Val = StyleIds.Normal },
        PrimaryStyle = new PrimaryStyle(),
        StyleParagraphProperties = new StyleParagraphProperties
        {
            SpacingBetweenLines = new SpacingBetweenLines { Before = "120", After = "120" },
            Justification = Justify(JustificationValues.Center),
        },
        StyleRunProperties = BoldRun(20),
    };

    private static Style Footer() => new()
    {
        Type = StyleValues.Paragraph,
        StyleId = StyleIds.Footer,
        StyleName = new StyleName { Val = "footer" },
        BasedOn = new BasedOn { Val = StyleIds.Normal },
        StyleParagraphProperties = new StyleParagraphProperties
        {
            SpacingBetweenLines = new SpacingBetweenLines { After = "0" },
            Justification = Justify(JustificationValues.Center),
        },
        StyleRunProperties = new StyleRunProperties { FontSize = new FontSize { Val = HalfPoints(18) } },
    };

    private static Style Placeholder() => new()
    {
        Type = StyleValues.Character,
        StyleId = StyleIds.Placeholder,
        StyleName = new StyleName { Val = "Isian Perencana" },
        PrimaryStyle = new PrimaryStyle(),
        StyleRunProperties = new StyleRunProperties
        {
            Italic = new Italic(),
            Color = new Color { Val = "7F6000" },
            Shading = new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "FFF2CC" },
        },
    };

    private static StyleRunProperties BoldRun(int halfPoints) =>
        new() { Bold = new Bold(), FontSize = new FontSize { Val = HalfPoints(halfPoints) } };

    private static Justification Justify(JustificationValues value) => new() { Val = value };

    private static string HalfPoints(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
