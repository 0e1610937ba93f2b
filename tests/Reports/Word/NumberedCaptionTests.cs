using DocumentFormat.OpenXml.Wordprocessing;
using SakipAnalytics.Reports.Word;

namespace SakipAnalytics.Reports.Tests.Word;

public sealed class NumberedCaptionTests
{
    private static readonly CaptionReference Table31 = new(CaptionLabel.Table, "3", 1);

    [Fact]
    public void ForTable_Caption_PrintsLabelNumberAndTitleAndStaysWithTheTable()
    {
        var caption = NumberedCaption.ForTable(Table31, 7, "Realisasi Anggaran");

        Assert.Equal("Tabel 3.1 Realisasi Anggaran", DocxText.Of(caption));
        Assert.Equal("Caption", DocxText.StyleOf(caption));
        Assert.NotNull(caption.ParagraphProperties!.KeepNext);
    }

    [Fact]
    public void ForTable_Number_IsASeqFieldWithItsCachedResult()
    {
        var caption = NumberedCaption.ForTable(Table31, 7, "Realisasi Anggaran");

        var field = DocxFields.In(caption).Single();

        Assert.Equal((@"SEQ Tabel \* ARABIC \s 1 \r 1", "1"), (field.Instruction, field.Result));
    }

    [Fact]
    public void ForFigure_Bookmark_HoldsExactlyTheLabelAndNumber()
    {
        var caption = NumberedCaption.ForFigure(new CaptionReference(CaptionLabel.Figure, "3", 2), 9, "Tren IKU.01");

        var start = caption.Elements<BookmarkStart>().Single();
        var marked = start.ElementsAfter().TakeWhile(e => e is not BookmarkEnd).SelectMany(e => e.Descendants<Text>());

        Assert.Equal(("_RefGambar3_2", "9"), (start.Name!.Value, start.Id!.Value));
        Assert.Equal("Gambar 3.2", string.Concat(marked.Select(t => t.Text)));
        Assert.Equal("9", caption.Elements<BookmarkEnd>().Single().Id!.Value);
    }
}
