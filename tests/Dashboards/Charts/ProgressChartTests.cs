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
}
