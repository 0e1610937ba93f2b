using SakipAnalytics.Reports.Lkjip;

namespace SakipAnalytics.Reports.Tests.Lkjip;

public sealed class AgreementTargetTextTests
{
    [Theory]
    [InlineData("20.5", "20,5")]
    [InlineData("19.29", "19,29")]
    [InlineData("1250", "1.250")]
    [InlineData("1.250", "1.250")]
    [InlineData("20,5", "20,5")]
    [InlineData("80-90", "80–90")]
    [InlineData("bb", "BB")]
    [InlineData(null, "-")]
    public void Of_StoredTargetText_PrintsTheIndonesianWay(string? stored, string printed)
    {
        var text = AgreementTargetText.Of(stored);

        Assert.Equal(printed, text);
    }

    [Theory]
    [InlineData("20.5", "%", "20,5%")]
    [InlineData("40", "Lembaga", "40 Lembaga")]
    [InlineData("BB", "Predikat", "predikat BB")]
    public void WithSatuan_Target_ReadsAsRunningText(string stored, string satuan, string printed)
    {
        var text = AgreementTargetText.WithSatuan(stored, satuan);

        Assert.Equal(printed, text);
    }
}
