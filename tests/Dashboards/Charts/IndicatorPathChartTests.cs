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

    [Fact]
    public void Build_SampleIndicator_EachPointNamesItsMonthFigureAndSource()
    {
        var indicator = SampleFacts.Indicators()[2];
        var path = SampleFacts.October2026().Paths.Single();

        var tooltips = IndicatorPathChart.Build(indicator, path)!.Hotspots.Select(h => h.Tooltip).ToList();

        Assert.Contains("Target s.d. Oktober 2026: 80%\nSumber: PK Murni dan rencana aksi (file referensi)", tooltips);
        Assert.Contains("Realisasi s.d. Oktober 2025: 63%\nSumber: capaian_rehsos_2025-10.xlsx, sheet Capaian, baris 4", tooltips);
        Assert.Equal(5, tooltips.Count);
    }

    [Fact]
    public void Build_TargetFromTheUnitsOwnReport_SaysSoWithTheRow()
    {
        var indicator = SampleFacts.Indicators()[2];
        var path = new IndicatorPath("REH-01", "REHSOS",
            [new PathPoint(2026, 10, 80m, 62m, new SourceRef("capaian_rehsos_2026-10.xlsx", "Capaian", 4), TargetSource.UnitReport)]);

        var target = IndicatorPathChart.Build(indicator, path)!.Hotspots[0].Tooltip;

        Assert.Equal(
            "Target s.d. Oktober 2026: 80%\nSumber: target dari laporan unit, capaian_rehsos_2026-10.xlsx, sheet Capaian, baris 4",
            target);
    }
}
