using SakipAnalytics.Dashboards.Charts;

namespace SakipAnalytics.Dashboards.Html;

/// <summary>A chart as an inline SVG figure with its caption.</summary>
internal static class FigureMarkup
{
    public static string Render(ChartFigure chart) =>
        $"""
        <figure id="{chart.Name}">
        {chart.ToInlineSvg()}
        <figcaption>{HtmlText.Encode(chart.Caption)}. Salinan PNG: {HtmlText.Encode(chart.Name)}.png</figcaption>
        </figure>

        """;
}
