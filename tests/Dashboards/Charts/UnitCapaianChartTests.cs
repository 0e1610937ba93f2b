using SakipAnalytics.Dashboards.Charts;

namespace SakipAnalytics.Dashboards.Tests.Charts;

public sealed class UnitCapaianChartTests
{
    [Fact]
    public void Build_SampleMonth_DrawsUnitNamesAsText()
    {
        var facts = SampleFacts.October2026();

        var svg = UnitCapaianChart.Build(facts).Plot.GetSvgXml(900, 300);

        Assert.Contains(">Sekretariat<", Compact(svg), StringComparison.Ordinal);
        Assert.Contains(">UPTD Panti Sosial Tresna<", Compact(svg), StringComparison.Ordinal);
        Assert.Contains(">Werdha Budi Sejahtera<", Compact(svg), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_SampleMonth_LabelsEachBarWithValueAndBand()
    {
        var facts = SampleFacts.October2026();

        var svg = Compact(UnitCapaianChart.Build(facts).Plot.GetSvgXml(900, 300));

        Assert.Contains(">97,50% · Sangat Tinggi<", svg, StringComparison.Ordinal);
        Assert.Contains(">45,00% · Sangat Rendah<", svg, StringComparison.Ordinal);
        Assert.Contains(">belum melapor<", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_SampleMonth_MarksTheHundredPercentLine()
    {
        var facts = SampleFacts.October2026();

        var svg = Compact(UnitCapaianChart.Build(facts).Plot.GetSvgXml(900, 300));

        Assert.Contains(">Target 100%<", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_TenUnits_GrowsTallerThanFour()
    {
        var facts = SampleFacts.October2026();
        var tenUnits = Enumerable.Range(1, 10).Select(i => facts.Units[0] with { UnitCode = $"U{i}", Rank = i }).ToList();

        var chart = UnitCapaianChart.Build(facts with { Units = tenUnits });

        Assert.True(chart.Height > UnitCapaianChart.Build(facts).Height);
    }

    // Skia writes each text run on its own indented line.
    internal static string Compact(string svg) => System.Text.RegularExpressions.Regex.Replace(svg, ">\\s+|\\s+<", m => m.Value.Trim());
}
