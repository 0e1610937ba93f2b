using System.Security.Cryptography;
using System.Text;
using SakipAnalytics.Dashboards.Html;
using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Capaian;
using SakipAnalytics.Model.Formatting;
using ScottPlot;

namespace SakipAnalytics.Dashboards.Charts;

/// <summary>
/// One unit indicator through the year: its realisasi to date against the target path, last
/// year's realisasi for the same months, and the Renstra end target as a line. Indicators whose
/// target or realisasi is a predikat have no path to draw.
/// </summary>
public static class IndicatorPathChart
{
    /// <summary>What every path chart's file name starts with, so the PNGs sort together.</summary>
    private const string Prefix = "jalur-";

    private const int MaxNameLength = 60;
    private const int Width = 420;
    private const int Height = 320;

    public static ChartFigure? Build(IndicatorResult indicator, IndicatorPath? path)
    {
        ArgumentNullException.ThrowIfNull(indicator);

        if (path is null || indicator.Target?.Kind == TargetKind.Predikat || !path.Of(indicator.Year).Any(p => p.Realisasi is not null))
            return null;

        var caption = $"{indicator.Code} {indicator.Name} ({indicator.UnitCode})";
        var plot = ChartTheme.NewPlot();
        AddLine(plot, path.Of(indicator.Year), p => p.Target, "Target s.d. bulan", ChartTheme.Target, MarkerShape.FilledSquare);
        AddLine(plot, path.Of(indicator.Year - 1), p => p.Realisasi, $"Realisasi {indicator.Year - 1}", ChartTheme.LastYear,
            MarkerShape.OpenCircle);
        AddLine(plot, path.Of(indicator.Year), p => p.Realisasi, $"Realisasi {indicator.Year}", ChartTheme.Realisasi,
            MarkerShape.FilledCircle);
        AddRenstraEnd(plot, indicator.RenstraEndTarget);
        Style(plot, indicator, caption, Top(path, indicator.RenstraEndTarget));
        return new ChartFigure(Prefix + FileSafe(indicator.Code, indicator.UnitCode), caption, plot, Width, Height)
        {
            Hotspots = Hotspots(path, indicator),
        };
    }

    private static List<ChartHotspot> Hotspots(IndicatorPath path, IndicatorResult indicator)
    {
        var satuan = SatuanKind.IsPercent(indicator.Satuan) ? "%" : " " + indicator.Satuan.Trim();
        return
        [
            .. path.Of(indicator.Year).Where(p => p.Target is not null)
                .Select(p => ChartHotspot.At(p.Month, (double)p.Target!.Value, TargetText(p, satuan))),
            .. path.Points.Where(p => p.Realisasi is not null)
                .Select(p => ChartHotspot.At(p.Month, (double)p.Realisasi!.Value, RealisasiText(p, satuan))),
        ];
    }

    private static string TargetText(PathPoint point, string satuan) =>
        $"Target s.d. {MonthYear(point)}: {IndonesianFormat.Figure(point.Target!.Value)}{satuan}\n"
        + (point.TargetSource is TargetSource.Murni or TargetSource.Perubahan
            ? $"Sumber: PK {point.TargetSource} dan rencana aksi (file referensi)"
            : $"Sumber: target dari laporan unit, {point.Source}");

    private static string RealisasiText(PathPoint point, string satuan) =>
        $"Realisasi s.d. {MonthYear(point)}: {IndonesianFormat.Figure(point.Realisasi!.Value)}{satuan}\n"
        + $"Sumber: {point.Source?.ToString() ?? FigureText.Missing}";

    private static string MonthYear(PathPoint point) => IndonesianFormat.MonthYear(point.Year, point.Month);

    private static void AddLine(
        Plot plot, IEnumerable<PathPoint> points, Func<PathPoint, decimal?> value, string legend, Color color, MarkerShape marker)
    {
        var known = points.Where(p => value(p) is not null).ToList();
        if (known.Count == 0)
            return;

        var line = plot.Add.Scatter(
            known.Select(p => (double)p.Month).ToArray(), known.Select(p => (double)value(p)!.Value).ToArray(), color);
        line.LineWidth = 2;
        line.MarkerShape = marker;
        line.MarkerSize = 6;
        line.LegendText = legend;
    }

    private static void AddRenstraEnd(Plot plot, Target? end)
    {
        if (end?.Kind is not (TargetKind.Number or TargetKind.Range) || end.Low is not { } low)
            return;

        var line = plot.Add.HorizontalLine((double)low, 1, ChartTheme.Bad);
        line.LegendText = $"Target akhir Renstra ({IndonesianFormat.Figure(low)})";
    }

    // From zero so months compare by height, with a little room above the highest figure.
    private static double Top(IndicatorPath path, Target? end) =>
        path.Points.SelectMany(p => new[] { p.Target, p.Realisasi }).Append(end?.Low).OfType<decimal>()
            .Select(v => (double)v).DefaultIfEmpty(1).Max() * 1.15;

    private static void Style(Plot plot, IndicatorResult indicator, string caption, double top)
    {
        AxisLabels.Months(plot.Axes.Bottom);
        plot.Axes.SetLimits(0.5, 12.5, 0, Math.Max(top, 1));
        // About 45 characters fit across the 420-pixel chart at the title's size.
        plot.Title(AxisLabels.Wrap(caption, 45));
        plot.Axes.Title.Label.FontSize = 12;
        plot.YLabel(indicator.Satuan.Trim());
        plot.Legend.FontSize = 10;
        plot.Legend.Orientation = Orientation.Horizontal;
        plot.ShowLegend(Edge.Bottom);
    }

    // Codes such as PSAA.01 become jalur-psaa-01-psaa: safe as a file name and as an SVG id prefix.
    // A code too long for a file name is cut, with a hash of the whole so two long codes stay apart.
    private static string FileSafe(string code, string unit)
    {
        var safe = string.Concat($"{code}-{unit}".ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-'));
        if (safe.Length <= MaxNameLength)
            return safe;

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{code}\n{unit}")))[..8];
        return $"{safe[..MaxNameLength]}-{hash}";
    }
}
