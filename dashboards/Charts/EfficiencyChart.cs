using SakipAnalytics.Dashboards.Html;
using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Formatting;
using ScottPlot;

namespace SakipAnalytics.Dashboards.Charts;

/// <summary>
/// Each unit's mean capaian against its budget absorption, one labelled point per unit, with the
/// line where the two are equal: a unit above it achieved more than it spent, one below it spent
/// more than it achieved. Units without a capaian or a pagu are left out; a figure beyond
/// <see cref="ScaleEnd"/> is drawn at the scale's end, its true value in the tooltip.
/// </summary>
public static class EfficiencyChart
{
    public const string Name = "capaian-serapan-unit";

    /// <summary>The largest percentage drawn; a typing error of a billion percent would flatten the rest.</summary>
    public const double ScaleEnd = 300;

    private const int Width = 640;
    private const int Height = 440;
    private const float MarkerSize = 10;

    public static ChartFigure Build(DashboardFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);

        var units = facts.Units.Where(u => u.MeanCapaian is not null && u.Absorption is not null).ToList();
        var caption = $"Capaian terhadap serapan anggaran per unit, {IndonesianFormat.MonthYear(facts.Year, facts.Month)}"
            + (facts.LraMonth is { } lra && lra != facts.Month ? $" (serapan s.d. {IndonesianFormat.MonthName(lra)})" : "");
        var plot = ChartTheme.NewPlot();
        var (x, y) = (Range(units.Select(Absorption)), Range(units.Select(Capaian)));

        AddEqualLine(plot, Math.Max(x.Low, y.Low), Math.Min(x.High, y.High));
        AddUnits(plot, units);
        Style(plot, caption, x, y, units.Count == 0);
        PointLabels.Add(plot, [.. units.Select(u => (u.UnitCode, new Coordinates(Absorption(u), Capaian(u))))], MarkerSize, Width, Height);
        return new ChartFigure(Name, caption, plot, Width, Height) { Hotspots = [.. units.Select(u => Hotspot(u, facts))] };
    }

    private static ChartHotspot Hotspot(UnitStanding unit, DashboardFacts facts) => ChartHotspot.At(
        Absorption(unit), Capaian(unit), $"{unit.UnitName}\n{UnitFormula.MeanCapaian(unit, facts)}\n{UnitFormula.Absorption(unit, facts)}");

    private static void AddEqualLine(Plot plot, double from, double to)
    {
        if (from >= to)
            return;

        var line = plot.Add.Line(from, from, to, to);
        line.LineColor = ChartTheme.Target;
        line.LineWidth = 2;
        line.LegendText = "Capaian = serapan";
    }

    private static void AddUnits(Plot plot, List<UnitStanding> units)
    {
        var points = plot.Add.ScatterPoints(
            units.Select(Absorption).ToArray(), units.Select(Capaian).ToArray(), ChartTheme.Realisasi);
        points.MarkerSize = MarkerSize;
        points.LegendText = "Unit (rata-rata capaian, serapan)";
    }

    private static void Style(Plot plot, string caption, (double Low, double High) x, (double Low, double High) y, bool empty)
    {
        AxisLabels.Percent(plot.Axes.Left);
        AxisLabels.Percent(plot.Axes.Bottom);
        plot.Axes.SetLimits(x.Low, x.High, y.Low, y.High);
        plot.Title(caption);
        plot.XLabel("Serapan anggaran (% dari pagu)");
        plot.YLabel("Rata-rata capaian (%)");
        // Below the chart: inside it, the box would cover the equal line or a unit in one corner or another.
        plot.ShowLegend(Edge.Bottom);
        if (empty)
            plot.Add.Annotation("Belum ada unit dengan capaian dan serapan anggaran (LRA) bulan ini", Alignment.MiddleCenter);
    }

    // Each axis spans its own figures in whole tens, at least 30 points wide, so units spread out
    // instead of crowding one corner; the equal line is drawn where the two ranges overlap.
    private static (double Low, double High) Range(IEnumerable<double> figures)
    {
        var list = figures.ToList();
        if (list.Count == 0)
            return (0, 110);

        var low = Math.Max(0, Math.Floor((list.Min() - 5) / 10) * 10);
        var high = Math.Max(low + 30, Math.Ceiling((list.Max() + 5) / 10) * 10);
        return (low, high);
    }

    private static double Absorption(UnitStanding unit) => Math.Min((double)unit.Absorption!.Value, ScaleEnd);

    private static double Capaian(UnitStanding unit) => Math.Min((double)unit.MeanCapaian!.Value, ScaleEnd);
}
