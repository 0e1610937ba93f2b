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

    [Fact]
    public void Build_SampleMonth_EachPointExplainsItsMeanAndAbsorptionWithTheirFiles()
    {
        var chart = EfficiencyChart.Build(SampleFacts.October2026());

        var rehsos = chart.Hotspots.Single(h => h.Left == 62.5);
        Assert.Equal(
            [
                "Bidang Rehabilitasi Sosial",
                "Rata-rata capaian = jumlah capaian / jumlah indikator yang dapat dihitung = (77,50 + 79,74) / 2 = 78,62%; "
                + "capaian tanpa batas atas",
                "Sumber: capaian_rehsos_2026-10.xlsx",
                "Serapan = realisasi / pagu × 100 = Rp1.250.000.000 / Rp2.000.000.000 × 100 = 62,50%",
                "Sumber LRA: LRA 2026-10.csv",
            ],
            rehsos.Tooltip.Split('\n'));
    }
}
