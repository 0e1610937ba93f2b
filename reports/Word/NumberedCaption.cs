using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SakipAnalytics.Reports.Word;

/// <summary>
/// Numbered captions, above a table (kept with it) and below a figure: "Tabel 3.1 Judul" where the
/// 1 is a SEQ field and "Tabel 3.1" sits in the bookmark that references point to.
/// </summary>
internal static class NumberedCaption
{
    public static Paragraph ForTable(CaptionReference caption, int bookmarkId, string title) => new(
    [
        new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.Caption }, new KeepNext()),
        .. Content(caption, bookmarkId, title),
    ]);

    public static Paragraph ForFigure(CaptionReference caption, int bookmarkId, string title) =>
        new([BodyText.Style(StyleIds.Caption), .. Content(caption, bookmarkId, title)]);

    private static IEnumerable<OpenXmlElement> Content(CaptionReference caption, int bookmarkId, string title)
    {
        var number = ComplexField.Of(caption.SeqInstruction, caption.Sequence.ToString(
            System.Globalization.CultureInfo.InvariantCulture));
        var labelled = new Bookmark(bookmarkId, caption.BookmarkName)
            .Around([BodyText.Run($"{caption.Label.Name} {caption.Chapter}."), .. number]);

        return [.. labelled, BodyText.Run(" " + title)];
    }
}
