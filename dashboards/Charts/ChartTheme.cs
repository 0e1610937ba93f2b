using ScottPlot;

namespace SakipAnalytics.Dashboards.Charts;

/// <summary>
/// The look shared by every chart: a sans font that exists on the office's machines and on
/// Debian (ScottPlot's default resolves to a serif, and with no font it draws no text at all),
/// the office palette, and print-friendly sizes.
/// </summary>
public static class ChartTheme
{
    public const string FontName = "DejaVu Sans";

    public static readonly Color Target = Color.FromHex("#9AA5B1");
    public static readonly Color Realisasi = Color.FromHex("#1F5F99");
    public static readonly Color LastYear = Color.FromHex("#E0A030");
    public static readonly Color Good = Color.FromHex("#2E7D32");
    public static readonly Color Warning = Color.FromHex("#F9A825");
    public static readonly Color Bad = Color.FromHex("#C62828");

    private static readonly Lock Gate = new();

    /// <summary>A new plot with the office's font and neutral styling applied.</summary>
    public static Plot NewPlot()
    {
        lock (Gate)
        {
            Fonts.Default = FontName;
        }

        var plot = new Plot();
        plot.Font.Set(FontName);
        plot.Axes.Title.Label.FontName = FontName;
        plot.Grid.MajorLineColor = Color.FromHex("#E5E8EC");
        return plot;
    }
}
