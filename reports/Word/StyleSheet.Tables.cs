using DocumentFormat.OpenXml.Wordprocessing;

namespace SakipAnalytics.Reports.Word;

/// <summary>The table style and the paragraph styles of table text.</summary>
internal static partial class StyleSheet
{
    private const string BorderColor = "7F7F7F";

    private static Style TableText() => new()
    {
        Type = StyleValues.Paragraph,
        StyleId = StyleIds.TableText,
        StyleName = new StyleName { Val = "Tabel Isi" },
        BasedOn = new BasedOn { Val = StyleIds.Normal },
        PrimaryStyle = new PrimaryStyle(),
        StyleParagraphProperties = new StyleParagraphProperties
        {
            SpacingBetweenLines = new SpacingBetweenLines
            {
                Before = "20",
                After = "20",
                Line = "240",
                LineRule = LineSpacingRuleValues.Auto,
            },
            Justification = Justify(JustificationValues.Left),
        },
        StyleRunProperties = new StyleRunProperties { FontSize = new FontSize { Val = HalfPoints(18) } },
    };

    private static Style TableHeading() => new()
    {
        Type = StyleValues.Paragraph,
        StyleId = StyleIds.TableHeading,
        StyleName = new StyleName { Val = "Tabel Judul" },
        BasedOn = new BasedOn { Val = StyleIds.TableText },
        PrimaryStyle = new PrimaryStyle(),
        StyleParagraphProperties = new StyleParagraphProperties { Justification = Justify(JustificationValues.Center) },
        StyleRunProperties = BoldRun(16),
    };

    private static Style Table() => new()
    {
        Type = StyleValues.Table,
        StyleId = StyleIds.Table,
        StyleName = new StyleName { Val = "Tabel Laporan" },
        PrimaryStyle = new PrimaryStyle(),
        StyleTableProperties = new StyleTableProperties
        {
            TableBorders = Borders(),
            TableCellMarginDefault = new TableCellMarginDefault
            {
                TableCellLeftMargin = new TableCellLeftMargin { Width = 57, Type = TableWidthValues.Dxa },
                TableCellRightMargin = new TableCellRightMargin { Width = 57, Type = TableWidthValues.Dxa },
            },
        },
    };

    // Property setters put the borders in schema order (top, left, bottom, right, insideH, insideV).
    private static TableBorders Borders() => new()
    {
        TopBorder = Border<TopBorder>(),
        LeftBorder = Border<LeftBorder>(),
        BottomBorder = Border<BottomBorder>(),
        RightBorder = Border<RightBorder>(),
        InsideHorizontalBorder = Border<InsideHorizontalBorder>(),
        InsideVerticalBorder = Border<InsideVerticalBorder>(),
    };

    private static T Border<T>() where T : BorderType, new() =>
        new() { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = BorderColor };
}
