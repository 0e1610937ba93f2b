using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Formatting;
using ScottPlot;

namespace SakipAnalytics.Dashboards.Charts;

/// <summary>
/// Each unit's mean capaian against its budget absorption, one labelled point per unit, with the
/// line where the two are equal: a unit above it achieved more than it spent, one below it spent
/// more than it achieved. Units without a capaian or a pagu are left out.
/// </summary>
public static class EfficiencyChart
{
    public const string Name = "capaian-serapan-unit";

    private const int Width = 640;
    private const int Height = 440;

    // How close two points are, in percentage points, before their labels would touch.
    private const double LabelWidth = 8;
    private const double LabelHeight = 3;

    public static ChartFigure Build(DashboardFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);

        var units = facts.Units.Where(u => u.MeanCapaian is not null && u.Absorption is not null).ToList();
        var caption = $"Capaian terhadap serapan anggaran per unit, {IndonesianFormat.MonthYear(facts.Year, facts.Month)}";
        var plot = ChartTheme.NewPlot();
        var (low, high) = Range(units);

        AddEqualLine(plot, low, high);
        AddUnits(plot, units);
        Style(plot, caption, low, high);
        return new ChartFigure(Name, caption, plot, Width, Height);
    }

    private static void AddEqualLine(Plot plot, double low, double high)
    {
        var line = plot.Add.Line(low, low, high, high);
        line.LineColor = ChartTheme.Target;
        line.LineWidth = 2;
        line.LegendText = "Capaian = serapan";
    }

    private static void AddUnits(Plot plot, List<UnitStanding> units)
    {
        var points = plot.Add.ScatterPoints(
            units.Select(u => (double)u.Absorption!.Value).ToArray(),
            units.Select(u => (double)u.MeanCapaian!.Value).ToArray(),
            ChartTheme.Realisasi);
        points.MarkerSize = 10;
        points.LegendText = "Unit (rata-rata capaian, serapan)";

        var placed = new List<(double X, double Y)>();
        foreach (var unit in units.OrderByDescending(u => u.MeanCapaian))
            AddLabel(plot, unit, placed);
    }

    /// <summary>
    /// Labels the point with the unit's code; a label near ones already placed steps down a line and
    /// switches side, so units with close figures stay readable.
    /// </summary>
    private static void AddLabel(Plot plot, UnitStanding unit, List<(double X, double Y)> placed)
    {
        var (x, y) = ((double)unit.Absorption!.Value, (double)unit.MeanCapaian!.Value);
        var crowd = placed.Count(p => Math.Abs(p.X - x) < LabelWidth && Math.Abs(p.Y - y) < LabelHeight);
        placed.Add((x, y));

        var label = plot.Add.Text(unit.UnitCode, x, y);
        label.LabelFontSize = 11;
        label.LabelAlignment = crowd % 2 == 0 ? Alignment.MiddleLeft : Alignment.MiddleRight;
        label.OffsetX = crowd % 2 == 0 ? 8 : -8;
        label.OffsetY = 13 * (crowd / 2);
    }

    private static void Style(Plot plot, string caption, double low, double high)
    {
        AxisLabels.Percent(plot.Axes.Left);
        AxisLabels.Percent(plot.Axes.Bottom);
        plot.Axes.SetLimits(low, high, low, high);
        plot.Title(caption);
        plot.XLabel("Serapan anggaran (% dari pagu)");
        plot.YLabel("Rata-rata capaian (%)");
        plot.ShowLegend(Alignment.LowerRight);
    }

    // Both axes share one range, in whole tens around the figures, so the equal line runs corner to
    // corner and the units spread out instead of crowding one corner of a 0-100 square.
    private static (double Low, double High) Range(List<UnitStanding> units)
    {
        var figures = units.SelectMany(u => new[] { (double)u.Absorption!.Value, (double)u.MeanCapaian!.Value }).ToList();
        if (figures.Count == 0)
            return (0, 110);

        var low = Math.Max(0, Math.Floor((figures.Min() - 5) / 10) * 10);
        var high = Math.Max(110, Math.Ceiling((figures.Max() + 5) / 10) * 10);
        return (low, high);
    }
}
