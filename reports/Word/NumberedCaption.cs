using DocumentFormat.OpenXml.Wordprocessing;

namespace SakipAnalytics.Reports.Word;

/// <summary>Numbered captions: above a table (kept with it), below a figure.</summary>
internal static class NumberedCaption
{
    public static Paragraph ForTable(string number, string title) => new(
        new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.Caption }, new KeepNext()),
        BodyText.Run($"Tabel {number} {title}"));

    public static Paragraph ForFigure(string number, string title) =>
        BodyText.Styled(StyleIds.Caption, $"Gambar {number} {title}");
}
