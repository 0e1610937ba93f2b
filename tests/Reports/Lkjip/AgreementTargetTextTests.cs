using SakipAnalytics.Reports.Lkjip;

namespace SakipAnalytics.Reports.Tests.Lkjip;

public sealed class AgreementTargetTextTests
{
    [Theory]
    [InlineData("20,5", "20,5")]
    [InlineData("80–90", "80–90")]
    [InlineData(null, "-")]
    public void Of_AgreementTarget_PrintsItOrADash(string? target, string printed)
    {
        Assert.Equal(printed, AgreementTargetText.Of(target));
    }

    [Theory]
    [InlineData("20,5", "%", "20,5%")]
    [InlineData("40", "Lembaga", "40 Lembaga")]
    [InlineData("BB", "Predikat", "predikat BB")]
    [InlineData("18", "Rp", "Rp18")]
    [InlineData("95", "Persen (%)", "95%")]
    public void WithSatuan_Target_ReadsAsRunningText(string target, string satuan, string printed)
    {
        Assert.Equal(printed, AgreementTargetText.WithSatuan(target, satuan));
    }
}
