using SakipAnalytics.Dashboards.Charts;
using SakipAnalytics.Model.Analysis;

namespace SakipAnalytics.Dashboards.Tests.Charts;

public sealed class AbsorptionChartTests
{
    [Fact]
    public void Build_SampleMonth_MonthTicksAreIndonesianShortNames()
    {
        var facts = SampleFacts.October2026();

        var svg = UnitCapaianChartTests.Compact(AbsorptionChart.Build(facts).Plot.GetSvgXml(900, 420));

        Assert.Contains(">Jan<", svg, StringComparison.Ordinal);
        Assert.Contains(">Agu<", svg, StringComparison.Ordinal);
        Assert.Contains(">Okt<", svg, StringComparison.Ordinal);
        Assert.Contains(">Des<", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_SampleMonth_TitleYearHasNoThousandsSeparator()
    {
        var facts = SampleFacts.October2026();

        var svg = UnitCapaianChartTests.Compact(AbsorptionChart.Build(facts).Plot.GetSvgXml(900, 420));

        Assert.Contains(">Serapan anggaran kumulatif 2026 (% dari pagu)<", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_WithRak_LabelsBothSeriesAndTheLatestValue()
    {
        var facts = SampleFacts.October2026();

        var svg = UnitCapaianChartTests.Compact(AbsorptionChart.Build(facts).Plot.GetSvgXml(900, 420));

        Assert.Contains(">Realisasi<", svg, StringComparison.Ordinal);
        Assert.Contains(">Rencana kas (RAK)<", svg, StringComparison.Ordinal);
        Assert.Contains(">65,91%<", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_WithoutRak_LeavesOutTheRakSeries()
    {
        var facts = SampleFacts.October2026() with { Absorption = [new AbsorptionPoint(1, 1_000m, 100m, null)] };

        var svg = AbsorptionChart.Build(facts).Plot.GetSvgXml(900, 420);

        Assert.DoesNotContain("RAK", svg, StringComparison.Ordinal);
    }
}
