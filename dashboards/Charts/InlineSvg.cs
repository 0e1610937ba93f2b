using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace SakipAnalytics.Dashboards.Charts;

/// <summary>
/// Turns a standalone SVG document from ScottPlot into an element that can live inside an HTML
/// page beside other charts: no XML prolog, no namespace URLs, ids unique to the chart, and a
/// view box so the chart scales with the page.
/// </summary>
internal static partial class InlineSvg
{
    /// <summary>The element, with <paramref name="overlay"/> (SVG markup) drawn last, over the chart.</summary>
    public static string From(string svgXml, string name, string caption, string overlay = "")
    {
        var body = svgXml[svgXml.IndexOf("<svg", StringComparison.Ordinal)..].Trim();

        body = PrefixIds(body, name);
        body = body.Insert(body.LastIndexOf("</svg>", StringComparison.Ordinal), overlay);
        return OpeningTag().Replace(body, match => Opening(match, caption), 1);
    }

    private static string PrefixIds(string svg, string name) => svg
        .Replace(" id=\"", $" id=\"{name}-", StringComparison.Ordinal)
        .Replace("url(#", $"url(#{name}-", StringComparison.Ordinal);

    private static string Opening(Match match, string caption)
    {
        var width = int.Parse(match.Groups["w"].Value, CultureInfo.InvariantCulture);
        var height = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var label = WebUtility.HtmlEncode(caption);
        return $"<svg viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{label}\">";
    }

    [GeneratedRegex("<svg[^>]*?width=\"(?<w>\\d+)\"[^>]*?height=\"(?<h>\\d+)\"[^>]*>")]
    private static partial Regex OpeningTag();
}
