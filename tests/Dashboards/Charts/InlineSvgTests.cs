using System.Text.RegularExpressions;
using SakipAnalytics.Dashboards.Charts;

namespace SakipAnalytics.Dashboards.Tests.Charts;

public sealed class InlineSvgTests
{
    [Fact]
    public void ToInlineSvg_TwoCharts_IdsDoNotCollide()
    {
        var facts = SampleFacts.October2026();

        var svgs = new[] { UnitCapaianChart.Build(facts), AbsorptionChart.Build(facts) }.Select(c => c.ToInlineSvg()).ToList();

        var ids = svgs.SelectMany(svg => Regex.Matches(svg, "id=\"([^\"]+)\"").Select(m => m.Groups[1].Value)).ToList();
        Assert.NotEmpty(ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        var references = Regex.Matches(svgs[0], "url\\(#([^)]+)\\)").Select(m => m.Groups[1].Value);
        Assert.All(references, id => Assert.StartsWith("capaian-unit-", id, StringComparison.Ordinal));
    }

    [Fact]
    public void ToInlineSvg_SampleChart_ScalesAndNamesNoNamespaceUrl()
    {
        var chart = UnitCapaianChart.Build(SampleFacts.October2026());

        var svg = chart.ToInlineSvg();

        Assert.StartsWith($"<svg viewBox=\"0 0 {chart.Width} {chart.Height}\" role=\"img\" aria-label=", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<?xml", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("http", svg, StringComparison.Ordinal);
    }
}
