using DocumentFormat.OpenXml.Spreadsheet;

namespace SakipAnalytics.DataGenerator.Spreadsheet;

/// <summary>
/// The style sheet behind <see cref="CellStyle"/>: the cell formats are listed in the enum's
/// order, so a style's number is its index here.
/// </summary>
internal static class WorkbookStyles
{
    private const uint ThousandsTwoDecimals = 4;
    private const uint TwoDecimals = 2;

    public static Stylesheet Create() => new(
        new Fonts(Font(bold: false), Font(bold: true)) { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            Format(0, 0),
            Format(0, 1),
            Format(ThousandsTwoDecimals, 0),
            Format(TwoDecimals, 0)) { Count = 4 },
        new CellStyles(new DocumentFormat.OpenXml.Spreadsheet.CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    private static Font Font(bool bold)
    {
        var font = new Font();
        if (bold)
            font.Append(new Bold());

        font.Append(new FontSize { Val = 11 }, new FontName { Val = "Calibri" });
        return font;
    }

    private static CellFormat Format(uint numberFormat, uint font) => new()
    {
        NumberFormatId = numberFormat,
        FontId = font,
        FillId = 0,
        BorderId = 0,
        FormatId = 0,
        ApplyNumberFormat = numberFormat != 0 ? true : null,
        ApplyFont = font != 0 ? true : null,
    };
}
