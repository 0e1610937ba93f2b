using SakipAnalytics.Reports.Word;

namespace SakipAnalytics.Reports.Tests.Word;

public sealed class CaptionSequenceTests
{
    [Fact]
    public void Next_BeforeTake_AnnouncesTheNumberTakeGives()
    {
        var tables = new CaptionSequence(CaptionLabel.Table);

        var announced = tables.Next("3");
        var taken = tables.Take("3");

        Assert.Equal(announced, taken);
        Assert.Equal("Tabel 3.2", tables.Next("3").Text);
    }

    [Fact]
    public void Take_TwoChapters_NumbersEachFromOne()
    {
        var tables = new CaptionSequence(CaptionLabel.Table);

        tables.Take("2");
        tables.Take("2");

        Assert.Equal("Tabel 3.1", tables.Take("3").Text);
        Assert.Equal("Tabel 2.2", tables.Last("2").Text);
    }

    [Fact]
    public void Last_NothingTakenInChapter_ThrowsNamingTheChapter()
    {
        var figures = new CaptionSequence(CaptionLabel.Figure);

        var error = Assert.Throws<InvalidOperationException>(() => figures.Last("3"));

        Assert.StartsWith("Chapter 3 has no Gambar yet", error.Message, StringComparison.Ordinal);
    }
}
