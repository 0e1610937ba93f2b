using System.Globalization;
using System.Text.RegularExpressions;
using SakipAnalytics.Dashboards.Charts;
using ScottPlot;

namespace SakipAnalytics.Dashboards.Tests.Charts;

public sealed class ChartFigureTests
{
    [Fact]
    public void ToInlineSvg_SampleAbsorption_LaysEachTooltipOverItsPoint()
    {
        var chart = AbsorptionChart.Build(SampleFacts.October2026());

        var svg = chart.ToInlineSvg();

        var october = Regex.Match(svg, Hotspot + "<title>Serapan s.d. Oktober 2026");
        Assert.True(october.Success);
        var center = chart.Plot.GetPixel(new Coordinates(10, 7_250d / 11_000d * 100));
        Assert.Equal(center.X, Number(october, 1) + Number(october, 3) / 2, 0.5);
        Assert.Equal(center.Y, Number(october, 2) + Number(october, 4) / 2, 0.5);
    }

    [Fact]
    public void ToInlineSvg_SampleAbsorption_TooltipGivesFormulaInputsAndFiles()
    {
        var svg = AbsorptionChart.Build(SampleFacts.October2026()).ToInlineSvg();

        Assert.Contains(
            "<title>Rencana kas (RAK) s.d. Oktober 2026: 72,73% dari pagu\n"
            + "Rencana kas = RAK / pagu &#215; 100 = Rp8.000.000.000 / Rp11.000.000.000 &#215; 100\n"
            + "Sumber LRA: LRA 2026-10.csv; RAK (e-Monev): RFK 2026-10.xlsx</title>",
            svg, StringComparison.Ordinal);
    }

    [Fact]
    public void ToInlineSvg_TooltipWithMarkup_WritesItAsText()
    {
        var chart = AbsorptionChart.Build(SampleFacts.October2026()) with { Hotspots = [ChartHotspot.At(1, 5, "<script>x</script>")] };

        var svg = chart.ToInlineSvg();

        Assert.Contains("<title>&lt;script&gt;x&lt;/script&gt;</title>", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", svg, StringComparison.Ordinal);
    }

    private const string Hotspot = "<rect class=\"hotspot\" x=\"([^\"]+)\" y=\"([^\"]+)\" width=\"([^\"]+)\" height=\"([^\"]+)\">";

    private static double Number(Match match, int group) => double.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);
}
