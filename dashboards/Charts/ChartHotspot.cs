namespace SakipAnalytics.Dashboards.Charts;

/// <summary>
/// An area of a chart, in data coordinates, that tells a reader pointing at it how the figure
/// drawn there was computed and which file it comes from.
/// </summary>
/// <param name="Left">Smallest x of the area.</param>
/// <param name="Bottom">Smallest y of the area.</param>
/// <param name="Right">Largest x of the area.</param>
/// <param name="Top">Largest y of the area.</param>
/// <param name="Tooltip">Formula, inputs and source, in Indonesian; may span lines.</param>
public sealed record ChartHotspot(double Left, double Bottom, double Right, double Top, string Tooltip)
{
    /// <summary>A single point, such as a marker on a line.</summary>
    public static ChartHotspot At(double x, double y, string tooltip) => new(x, y, x, y, tooltip);
}
