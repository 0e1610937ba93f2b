using System.Globalization;
using System.Net;
using ScottPlot;

namespace SakipAnalytics.Dashboards.Charts;

/// <summary>
/// Draws hotspots as transparent SVG rectangles carrying a title, laid over the plot just
/// rendered, so a browser shows each figure's formula and source as a tooltip.
/// </summary>
internal static class HotspotMarkup
{
    // Pixels added around an area, so a single marker is easy to point at.
    private const float Padding = 9;

    /// <summary>The rectangles for the plot's latest render; call it right after rendering.</summary>
    public static string Render(Plot plot, IReadOnlyList<ChartHotspot> hotspots) => hotspots.Count == 0
        ? string.Empty
        : $"<g class=\"hotspots\">{string.Concat(hotspots.Select(h => Rectangle(plot, h)))}</g>";

    private static string Rectangle(Plot plot, ChartHotspot hotspot)
    {
        var corner = plot.GetPixel(new Coordinates(hotspot.Left, hotspot.Top));
        var opposite = plot.GetPixel(new Coordinates(hotspot.Right, hotspot.Bottom));
        var x = Math.Min(corner.X, opposite.X) - Padding;
        var y = Math.Min(corner.Y, opposite.Y) - Padding;
        var width = Math.Abs(opposite.X - corner.X) + 2 * Padding;
        var height = Math.Abs(opposite.Y - corner.Y) + 2 * Padding;

        return $"<rect class=\"hotspot\" x=\"{Pixel(x)}\" y=\"{Pixel(y)}\" width=\"{Pixel(width)}\" height=\"{Pixel(height)}\">"
            + $"<title>{WebUtility.HtmlEncode(hotspot.Tooltip)}</title></rect>";
    }

    private static string Pixel(float value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
