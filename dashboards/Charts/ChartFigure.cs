using ScottPlot;

namespace SakipAnalytics.Dashboards.Charts;

/// <summary>
/// A finished chart with the name its files take and the caption a reader sees beside it.
/// The same plot renders inline as SVG for the page and as PNG for slides.
/// </summary>
/// <param name="Name">File-safe name, e.g. <c>capaian-unit</c>; also the prefix of its SVG ids.</param>
/// <param name="Caption">What the chart shows, in Indonesian.</param>
/// <param name="Plot">The ScottPlot plot, built from <see cref="ChartTheme.NewPlot"/>.</param>
/// <param name="Width">Width in pixels of both renderings.</param>
/// <param name="Height">Height in pixels of both renderings.</param>
public sealed record ChartFigure(string Name, string Caption, Plot Plot, int Width, int Height)
{
    /// <summary>Areas of the chart that show the formula and source of the figure drawn there.</summary>
    public IReadOnlyList<ChartHotspot> Hotspots { get; init; } = [];

    /// <summary>The chart as an SVG element ready to sit inside an HTML page, its hotspots laid over it.</summary>
    public string ToInlineSvg()
    {
        var svg = Plot.GetSvgXml(Width, Height);
        return InlineSvg.From(svg, Name, Caption, HotspotMarkup.Render(Plot, Hotspots));
    }

    /// <summary>How much sharper the PNG is than the SVG: slides are shown large.</summary>
    public const int PngScale = 2;

    /// <summary>Writes the chart as a PNG file at <see cref="PngScale"/> times its size and returns its path.</summary>
    public string SavePng(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);

        var path = Path.Combine(folder, Name + ".png");
        Plot.ScaleFactor = PngScale;
        try
        {
            Plot.SavePng(path, Width * PngScale, Height * PngScale);
        }
        finally
        {
            Plot.ScaleFactor = 1;
        }

        return path;
    }
}
