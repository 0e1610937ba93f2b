using SakipAnalytics.Dashboards.Html;
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

    private const float MarkerSize = 10;

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
        AddLabels(plot, units, low, high);
        return new ChartFigure(Name, caption, plot, Width, Height) { Hotspots = [.. units.Select(u => Hotspot(u, facts))] };
    }

    private static ChartHotspot Hotspot(UnitStanding unit, DashboardFacts facts) => ChartHotspot.At(
        (double)unit.Absorption!.Value, (double)unit.MeanCapaian!.Value,
        $"{unit.UnitName}\n{UnitFormula.MeanCapaian(unit, facts)}\n{UnitFormula.Absorption(unit, facts)}");

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
        points.MarkerSize = MarkerSize;
        points.LegendText = "Unit (rata-rata capaian, serapan)";
    }

    /// <summary>
    /// Labels each point with its unit's code where it covers no other label or point; the chart is
    /// laid out first so the labels can be placed in pixels.
    /// </summary>
    private static void AddLabels(Plot plot, List<UnitStanding> units, double low, double high)
    {
        plot.RenderInMemory(Width, Height);
        var anchors = units.Select(u => plot.GetPixel(new Coordinates((double)u.Absorption!.Value, (double)u.MeanCapaian!.Value)))
            .ToList();
        var labels = units.Select(u => NewLabel(plot, u)).ToList();
        var sizes = labels.Select(Size).ToList();

        var placed = LabelPlacement.Place(
            [.. anchors.Select((a, i) => (a.X, a.Y, sizes[i].Width, sizes[i].Height))], MarkerSize / 2, DataArea(plot, low, high));
        foreach (var (label, place, anchor) in labels.Zip(placed, anchors))
        {
            label.OffsetX = place.OffsetX;
            label.OffsetY = place.OffsetY;
            if (place.NeedsLeader)
                AddLeader(plot, anchor, place.Box);
        }
    }

    private static ScottPlot.Plottables.Text NewLabel(Plot plot, UnitStanding unit)
    {
        var label = plot.Add.Text(unit.UnitCode, (double)unit.Absorption!.Value, (double)unit.MeanCapaian!.Value);
        label.LabelFontSize = 11;
        label.LabelAlignment = Alignment.MiddleCenter;
        return label;
    }

    private static (float Width, float Height) Size(ScottPlot.Plottables.Text label)
    {
        using var paint = Paint.NewDisposablePaint();
        var size = label.LabelStyle.Measure(paint).Size;
        return (size.Width + 2, size.Height);
    }

    private static LabelBox DataArea(Plot plot, double low, double high)
    {
        var topLeft = plot.GetPixel(new Coordinates(low, high));
        var bottomRight = plot.GetPixel(new Coordinates(high, low));
        return new LabelBox(topLeft.X, topLeft.Y, bottomRight.X, bottomRight.Y);
    }

    // A thin line from the edge of the marker to the nearest edge of its label.
    private static void AddLeader(Plot plot, Pixel anchor, LabelBox box)
    {
        var (x, y) = box.Nearest(anchor.X, anchor.Y);
        var length = MathF.Max(1, MathF.Sqrt((x - anchor.X) * (x - anchor.X) + (y - anchor.Y) * (y - anchor.Y)));
        var start = new Pixel(anchor.X + (x - anchor.X) / length * MarkerSize / 2, anchor.Y + (y - anchor.Y) / length * MarkerSize / 2);

        var line = plot.Add.Line(plot.GetCoordinates(start), plot.GetCoordinates(new Pixel(x, y)));
        line.LineColor = ChartTheme.Realisasi;
        line.LineWidth = 1;
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
