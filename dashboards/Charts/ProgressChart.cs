using SakipAnalytics.Dashboards.Html;
using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Formatting;
using ScottPlot;

namespace SakipAnalytics.Dashboards.Charts;

/// <summary>
/// The office's physical progress against its financial progress, month by month from e-Monev:
/// physical work running behind spending, or ahead of it, shows as the gap between the lines.
/// </summary>
public static class ProgressChart
{
    public const string Name = "fisik-keuangan";

    private const int Width = 640;
    private const int Height = 400;

    public static ChartFigure Build(DashboardFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);

        var caption = $"Realisasi fisik terhadap keuangan (e-Monev) {facts.Year.ToString(IndonesianFormat.CultureInfo)}";
        var plot = ChartTheme.NewPlot();

        AddLine(plot, facts.Progress, p => p.Financial, "Keuangan (% dari pagu)", ChartTheme.Target, MarkerShape.FilledSquare);
        AddLine(plot, facts.Progress, p => p.Physical, "Fisik (rata-rata tertimbang pagu)", ChartTheme.Realisasi, MarkerShape.FilledCircle);
        Style(plot, facts.Progress, caption);
        if (facts.Progress.Count == 0)
            plot.Add.Annotation("Belum ada data e-Monev tahun ini", Alignment.MiddleCenter);
        return new ChartFigure(Name, caption, plot, Width, Height) { Hotspots = Hotspots(facts.Progress, facts.Year) };
    }

    private static List<ChartHotspot> Hotspots(IReadOnlyList<ProgressPoint> points, int year) =>
    [
        .. points.Where(p => p.Financial is not null)
            .Select(p => ChartHotspot.At(p.Month, (double)p.Financial!.Value, FinancialText(p, year))),
        .. points.Where(p => p.Physical is not null)
            .Select(p => ChartHotspot.At(p.Month, (double)p.Physical!.Value, PhysicalText(p, year))),
    ];

    private static string FinancialText(ProgressPoint point, int year) =>
        $"Realisasi keuangan {IndonesianFormat.MonthYear(year, point.Month)}: {IndonesianFormat.Percent(point.Financial!.Value)}\n"
        + $"= realisasi keuangan / pagu × 100 = {IndonesianFormat.Rupiah(point.Spent)} / {IndonesianFormat.Rupiah(point.Pagu)} × 100\n"
        + Source(point);

    private static string PhysicalText(ProgressPoint point, int year) =>
        $"Realisasi fisik {IndonesianFormat.MonthYear(year, point.Month)}: {IndonesianFormat.Percent(point.Physical!.Value)}\n"
        + "= Σ (pagu × realisasi fisik) / Σ pagu, atas sub kegiatan yang melaporkan realisasi fisik\n"
        + Source(point);

    private static string Source(ProgressPoint point) => $"Sumber: e-Monev {point.SourceFile ?? FigureText.Missing}";

    private static void AddLine(
        Plot plot, IReadOnlyList<ProgressPoint> points, Func<ProgressPoint, decimal?> value, string legend, Color color,
        MarkerShape marker)
    {
        var known = points.Where(p => value(p) is not null).OrderBy(p => p.Month).ToList();
        if (known.Count == 0)
            return;

        var line = plot.Add.Scatter(
            known.Select(p => (double)p.Month).ToArray(), known.Select(p => (double)value(p)!.Value).ToArray(), color);
        line.LineWidth = 3;
        line.MarkerShape = marker;
        line.MarkerSize = 7;
        line.LegendText = legend;
    }

    private static void Style(Plot plot, IReadOnlyList<ProgressPoint> points, string caption)
    {
        AxisLabels.Months(plot.Axes.Bottom);
        AxisLabels.Percent(plot.Axes.Left);
        var top = points.SelectMany(p => new[] { p.Physical ?? 0m, p.Financial ?? 0m }).DefaultIfEmpty(0m).Max();
        plot.Axes.SetLimits(0.5, 12.5, 0, Math.Max(105d, (double)top * 1.1));
        plot.Title(caption);
        plot.YLabel("% realisasi");
        plot.ShowLegend(Alignment.UpperLeft);
    }
}
