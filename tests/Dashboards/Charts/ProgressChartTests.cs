using SakipAnalytics.Dashboards.Charts;

namespace SakipAnalytics.Dashboards.Tests.Charts;

public sealed class ProgressChartTests
{
    [Fact]
    public void Build_SampleMonth_DrawsPhysicalAndFinancialProgressMonthByMonth()
    {
        var chart = ProgressChart.Build(SampleFacts.October2026());

        var lines = chart.Plot.GetPlottables().OfType<ScottPlot.Plottables.Scatter>()
            .ToDictionary(s => s.LegendText, s => s.Data.GetScatterPoints().Select(p => (p.X, p.Y)).ToList());
        Assert.Equal([(8d, 55.3d), (9d, 62.6d), (10d, 70.3d)], lines["Keuangan (% dari pagu)"]);
        Assert.Equal([(8d, 58.6d), (9d, 67.9d), (10d, 78.5d)], lines["Fisik (rata-rata tertimbang pagu)"]);
    }

    [Fact]
    public void Build_NoEmonev_DrawsNoLine()
    {
        var chart = ProgressChart.Build(SampleFacts.October2026() with { Progress = [] });

        Assert.Empty(chart.Plot.GetPlottables().OfType<ScottPlot.Plottables.Scatter>());
    }

    [Fact]
    public void Build_SampleMonth_EachPointExplainsItsFormulaAndEmonevFile()
    {
        var chart = ProgressChart.Build(SampleFacts.October2026());

        var tooltips = chart.Hotspots.Where(h => h.Left == 10).Select(h => h.Tooltip).ToList();
        Assert.Equal(
            [
                "Realisasi keuangan Oktober 2026: 70,30%\n"
                + "= realisasi keuangan / pagu × 100 = Rp7.733.000.000 / Rp11.000.000.000 × 100\nSumber: e-Monev RFK 2026-10.xlsx",
                "Realisasi fisik Oktober 2026: 78,50%\n"
                + "= Σ (pagu × realisasi fisik) / Σ pagu, atas sub kegiatan yang melaporkan realisasi fisik\n"
                + "Sumber: e-Monev RFK 2026-10.xlsx",
            ],
            tooltips);
    }
}
