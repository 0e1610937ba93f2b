using SakipAnalytics.Dashboards.Charts;
using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Capaian;

namespace SakipAnalytics.Dashboards.Tests.Charts;

public sealed class IndicatorPathChartTests
{
    private static readonly IndicatorPath Reh01 = new("REH-01", "REHSOS",
    [
        new PathPoint(2025, 9, 60m, 55m), new PathPoint(2025, 10, 66m, 63m),
        new PathPoint(2026, 9, 72m, 58m), new PathPoint(2026, 10, 80m, 62m),
    ]);

    [Fact]
    public void Build_NumericIndicator_DrawsTargetRealisasiAndLastYearByMonthWithTheRenstraEnd()
    {
        var indicator = SampleFacts.Indicators()[2] with { RenstraEndTarget = Target.Number(90m) };

        var chart = IndicatorPathChart.Build(indicator, Reh01)!;

        var lines = chart.Plot.GetPlottables().OfType<ScottPlot.Plottables.Scatter>()
            .ToDictionary(s => s.LegendText, s => s.Data.GetScatterPoints().Select(p => (p.X, p.Y)).ToList());
        Assert.Equal([(9d, 72d), (10d, 80d)], lines["Target s.d. bulan"]);
        Assert.Equal([(9d, 58d), (10d, 62d)], lines["Realisasi 2026"]);
        Assert.Equal([(9d, 55d), (10d, 63d)], lines["Realisasi 2025"]);
        Assert.Equal(90d, chart.Plot.GetPlottables().OfType<ScottPlot.Plottables.HorizontalLine>().Single().Y);
        Assert.Equal("jalur-reh-01-rehsos", chart.Name);
    }

    [Fact]
    public void Build_PredikatIndicator_HasNoPath()
    {
        var predikat = SampleFacts.Indicators()[0];

        Assert.Null(IndicatorPathChart.Build(predikat, Reh01 with { Code = predikat.Code, UnitCode = predikat.UnitCode }));
    }
}
