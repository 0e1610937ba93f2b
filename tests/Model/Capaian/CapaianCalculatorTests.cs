using SakipAnalytics.Model.Capaian;
using SakipAnalytics.Model.Formatting;

namespace SakipAnalytics.Model.Tests.Capaian;

public sealed class CapaianCalculatorTests
{
    [Fact]
    public void Compute_NegativeIndicatorAboveTarget_FallsBelowHundred()
    {
        var result = CapaianCalculator.Compute(Polarity.Negative, Target.Number(6.17m), Realisasi.Number(7.42m));

        Assert.Equal("79,74", IndonesianFormat.Number(result.Uncapped!.Value));
    }

    [Fact]
    public void Compute_PublishedPpksMandiri2023_Is114Point05AndSangatTinggi()
    {
        var result = CapaianCalculator.Compute(Polarity.Positive, Target.Number(19.29m), Realisasi.Number(22m));

        Assert.Equal("114,05", IndonesianFormat.Number(result.Uncapped!.Value));
        Assert.Equal(InterpretationBand.SangatTinggi, BandScale.Permendagri86.Classify(result.Uncapped.Value));
    }

    [Fact]
    public void Compute_NegativeIndicatorBelowTarget_RisesAboveHundred()
    {
        var result = CapaianCalculator.Compute(Polarity.Negative, Target.Number(10m), Realisasi.Number(8m));

        Assert.Equal(120m, result.Uncapped);
    }

    [Fact]
    public void Compute_TargetZero_IsNotComputableWithReason()
    {
        var result = CapaianCalculator.Compute(Polarity.Positive, Target.Number(0m), Realisasi.Number(5m));

        Assert.Null(result.Uncapped);
        Assert.Equal(NotComputableReasons.TargetZero, result.NotComputableReason);
    }

    [Fact]
    public void Compute_TargetMissing_IsNotComputableWithReason()
    {
        var result = CapaianCalculator.Compute(Polarity.Positive, null, Realisasi.Number(5m));

        Assert.Equal(NotComputableReasons.TargetMissing, result.NotComputableReason);
    }

    [Theory]
    [InlineData("BB", "BB", 100)]
    [InlineData("BB", "A", 100)]
    [InlineData("BB", "B", 75)]
    [InlineData("BB", "D", 0)]
    public void Compute_PredikatTarget_ComparesRanksOnTheScale(string target, string achieved, int expected)
    {
        var result = CapaianCalculator.Compute(Polarity.Positive, Target.OfGrade(target), Realisasi.OfGrade(achieved));

        Assert.Equal(expected, result.Uncapped);
    }

    [Theory]
    [InlineData(85, 100)]
    [InlineData(95, 105.56)]
    [InlineData(72, 90)]
    public void Compute_RangeTarget_UsesTheNearestBound(decimal realisasi, decimal expected)
    {
        var result = CapaianCalculator.Compute(Polarity.Positive, Target.Range(80m, 90m), Realisasi.Number(realisasi));

        Assert.Equal(expected, Math.Round(result.Uncapped!.Value, 2, MidpointRounding.AwayFromZero));
    }

    [Fact]
    public void Displayed_CapHundred_CapsOnlyTheShownValue()
    {
        var result = CapaianCalculator.Compute(Polarity.Positive, Target.Number(24m), Realisasi.Number(30m));

        Assert.Equal(125m, result.Displayed(CapSetting.None));
        Assert.Equal(100m, result.Displayed(CapSetting.Parse("100")));
        Assert.Equal(125m, result.Uncapped);
    }
}
