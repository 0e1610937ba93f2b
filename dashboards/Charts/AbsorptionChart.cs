using SakipAnalytics.Dashboards.Html;
using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Formatting;
using ScottPlot;

namespace SakipAnalytics.Dashboards.Charts;

/// <summary>
/// The office's budget absorption to date, month by month, as a share of the pagu, beside the
/// cash plan (RAK) when the store has one. The x axis spans the whole year so the remaining
/// months stay visible.
/// </summary>
public static class AbsorptionChart
{
    public const string Name = "serapan-anggaran";

    private const int Width = 640;
    private const int Height = 400;

    /// <summary>The absorption curve of the year up to the month of the facts.</summary>
    public static ChartFigure Build(DashboardFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);

        var points = facts.Absorption.Where(p => p.Pagu != 0).OrderBy(p => p.Month).ToList();
        var caption = $"Serapan anggaran kumulatif {facts.Year.ToString(IndonesianFormat.CultureInfo)} (% dari pagu)";
        var plot = ChartTheme.NewPlot();

        AddRak(plot, points);
        AddRealisasi(plot, points);
        Style(plot, points, caption);
        return new ChartFigure(Name, caption, plot, Width, Height) { Hotspots = Hotspots(points, facts.Year) };
    }

    private static List<ChartHotspot> Hotspots(List<AbsorptionPoint> points, int year) =>
    [
        .. points.Where(p => p.RakToDate is not null).Select(p => ChartHotspot.At(p.Month, (double)RakShare(p), RakText(p, year))),
        .. points.Select(p => ChartHotspot.At(p.Month, (double)p.Absorption!.Value, RealisasiText(p, year))),
    ];

    private static string RealisasiText(AbsorptionPoint point, int year) =>
        $"Serapan s.d. {IndonesianFormat.MonthYear(year, point.Month)}: {IndonesianFormat.Percent(point.Absorption!.Value)}\n"
        + $"{BudgetFormula.Absorption(point.RealisasiToDate, point.Pagu)}\n{BudgetFormula.LraSource(point)}";

    private static string RakText(AbsorptionPoint point, int year) =>
        $"Rencana kas (RAK) s.d. {IndonesianFormat.MonthYear(year, point.Month)}: "
        + $"{IndonesianFormat.Percent(RakShare(point))} dari pagu\n"
        + $"{BudgetFormula.RakShare(point.RakToDate!.Value, point.Pagu)}\n{BudgetFormula.Sources(point)}";

    private static decimal RakShare(AbsorptionPoint point) => point.RakToDate!.Value / point.Pagu * 100m;

    private static void AddRealisasi(Plot plot, IReadOnlyList<AbsorptionPoint> points)
    {
        var xs = points.Select(p => (double)p.Month).ToArray();
        var ys = points.Select(p => (double)p.Absorption!.Value).ToArray();

        var line = plot.Add.Scatter(xs, ys, ChartTheme.Realisasi);
        line.LineWidth = 3;
        line.MarkerSize = 8;
        line.LegendText = "Realisasi";
        LabelLast(plot, points);
    }

    private static void LabelLast(Plot plot, IReadOnlyList<AbsorptionPoint> points)
    {
        if (points.Count == 0)
            return;

        var last = points[^1];
        var label = plot.Add.Text(IndonesianFormat.Percent(last.Absorption!.Value), last.Month, (double)last.Absorption.Value);
        label.LabelFontSize = 13;
        label.LabelBold = true;
        label.LabelFontColor = ChartTheme.Realisasi;
        // In November and December there is no room right of the point: the label goes above it.
        label.LabelAlignment = last.Month < 11 ? Alignment.MiddleLeft : Alignment.LowerRight;
        label.OffsetX = last.Month < 11 ? 10 : -4;
        label.OffsetY = last.Month < 11 ? 0 : -8;
    }

    private static void AddRak(Plot plot, IReadOnlyList<AbsorptionPoint> points)
    {
        var planned = points.Where(p => p.RakToDate is not null).ToList();
        if (planned.Count == 0)
            return;

        var line = plot.Add.Scatter(
            planned.Select(p => (double)p.Month).ToArray(),
            planned.Select(p => (double)RakShare(p)).ToArray(),
            ChartTheme.Target);
        // Solid with square markers rather than dashed: Skia's SVG canvas cannot draw path
        // effects and prints a complaint to the console for each dashed line.
        line.LineWidth = 2;
        line.MarkerShape = MarkerShape.FilledSquare;
        line.MarkerSize = 6;
        line.LegendText = "Rencana kas (RAK)";
    }

    private static void Style(Plot plot, IReadOnlyList<AbsorptionPoint> points, string caption)
    {
        AxisLabels.Months(plot.Axes.Bottom);
        AxisLabels.Percent(plot.Axes.Left);
        plot.Axes.SetLimits(0.5, 12.5, 0, YLimit(points));
        plot.Title(caption);
        plot.YLabel("% dari pagu");
        plot.ShowLegend(Alignment.UpperLeft);
    }

    private static double YLimit(IReadOnlyList<AbsorptionPoint> points) =>
        Math.Max(105d, points.Select(p => (double)(p.Absorption ?? 0m)).DefaultIfEmpty(0).Max() * 1.1);
}
