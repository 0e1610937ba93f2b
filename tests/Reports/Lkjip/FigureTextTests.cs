using SakipAnalytics.Reports.Lkjip;

namespace SakipAnalytics.Reports.Tests.Lkjip;

public sealed class FigureTextTests
{
    [Theory]
    [InlineData("%", "0,24 poin persen")]
    [InlineData("Persen", "0,24 poin persen")]
    [InlineData("Persen (%)", "0,24 poin persen")]
    [InlineData("orang", "0,24 orang")]
    [InlineData("Rp", "Rp0,24")]
    public void Amount_Difference_ReadsInItsSatuan(string satuan, string text)
    {
        Assert.Equal(text, FigureText.Amount(0.24m, satuan));
    }
}
