using SakipAnalytics.Reports.Evaluation;

namespace SakipAnalytics.Reports.Tests.Evaluation;

public sealed class ChangeTextTests
{
    [Theory]
    [InlineData(72.47, 70.12, "naik 2,35 poin dari 70,12 pada 2024")]
    [InlineData(69.02, 70.12, "turun 1,10 poin dari 70,12 pada 2024")]
    [InlineData(70.12, 70.12, "sama dengan nilai 2024 (70,12)")]
    public void Phrase_ScoreAgainstLastYear_ReadsRiseFallOrSame(double now, double before, string expected)
    {
        var phrase = ChangeText.Phrase((decimal)now, (decimal)before, 2024);

        Assert.Equal(expected, phrase);
    }

    [Fact]
    public void Signed_RiseFallNone_PrintsSignOrDash()
    {
        string[] printed = [ChangeText.Signed(2.35m), ChangeText.Signed(-1.1m), ChangeText.Signed(0m), ChangeText.Signed(null)];

        Assert.Equal(["+2,35", "-1,10", "0,00", "-"], printed);
    }
}
