using SakipAnalytics.Dashboards.Charts;

namespace SakipAnalytics.Dashboards.Tests.Charts;

public sealed class EfficiencyChartTests
{
    [Fact]
    public void Build_SampleMonth_PlotsEachReportingUnitAtItsAbsorptionAndCapaian()
    {
        var facts = SampleFacts.October2026();

        var chart = EfficiencyChart.Build(facts);

        var labels = chart.Plot.GetPlottables().OfType<ScottPlot.Plottables.Text>().ToDictionary(t => t.LabelText, t => t.Location);
        Assert.Equal(["SEKRE", "REHSOS", "LINJAMSOS"], labels.Keys);
        Assert.Equal((62.5, 78.62), (labels["REHSOS"].X, Math.Round(labels["REHSOS"].Y, 2)));
        Assert.Equal("Capaian terhadap serapan anggaran per unit, Oktober 2026", chart.Caption);
    }
}
