using SakipAnalytics.Reports.Word;

namespace SakipAnalytics.Reports.Tests.Word;

public sealed class CaptionReferenceTests
{
    [Fact]
    public void Text_SecondTableOfChapter3_IsTabel32()
    {
        var caption = new CaptionReference(CaptionLabel.Table, "3", 2);

        Assert.Equal(("3.2", "Tabel 3.2"), (caption.Number, caption.Text));
    }

    [Fact]
    public void RefInstruction_LampiranFigure_PointsAtItsHiddenBookmarkAsHyperlink()
    {
        var caption = new CaptionReference(CaptionLabel.Figure, "L", 1);

        Assert.Equal("_RefGambarL_1", caption.BookmarkName);
        Assert.Equal(@"REF _RefGambarL_1 \h", caption.RefInstruction);
    }

    [Fact]
    public void SeqInstruction_FirstOfChapter_RestartsTheSequence()
    {
        var first = new CaptionReference(CaptionLabel.Table, "3", 1);
        var second = first with { Sequence = 2 };

        Assert.Equal(@"SEQ Tabel \* ARABIC \s 1 \r 1", first.SeqInstruction);
        Assert.Equal(@"SEQ Tabel \* ARABIC \s 1", second.SeqInstruction);
    }
}
