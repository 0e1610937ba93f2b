using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Capaian;
using SakipAnalytics.Model.Formatting;
using SakipAnalytics.Dashboards.Html;
using ScottPlot;

namespace SakipAnalytics.Dashboards.Charts;

/// <summary>
/// Mean capaian of each unit as horizontal bars, best-ranked on top, against a solid 100% line.
/// Each bar is labelled with its value and band, so colour never carries meaning alone.
/// </summary>
public static class UnitCapaianChart
{
    public const string Name = "capaian-unit";

    private const int Width = 640;
    private const int MinimumHeight = 400;
    private const int RowHeight = 44;
    private const int FrameHeight = 120;
    private const int LabelLineLength = 30;
    private const double BarSize = 0.6;
    private const double ScaleEnd = 300;

    /// <summary>The chart for the month, one bar per unit in rank order.</summary>
    public static ChartFigure Build(DashboardFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);

        var units = facts.Units.OrderBy(u => u.Rank).ToList();
        var caption = $"Rata-rata capaian per unit, {IndonesianFormat.MonthYear(facts.Year, facts.Month)}";
        var plot = ChartTheme.NewPlot();

        // The line goes first so bars and their labels are drawn over it.
        AddTargetLine(plot);
        AddBars(plot, units, facts.Settings);
        Style(plot, units, caption);
        return new ChartFigure(Name, caption, plot, Width, Math.Max(MinimumHeight, FrameHeight + RowHeight * units.Count))
        {
            Hotspots = [.. units.Select((unit, index) => Hotspot(unit, units.Count - 1 - index, facts))],
        };
    }

    // The whole bar, so pointing anywhere along it shows how its mean was computed.
    private static ChartHotspot Hotspot(UnitStanding unit, int position, DashboardFacts facts)
    {
        var tooltip = $"{unit.UnitName}\n{UnitFormula.MeanCapaian(unit, facts)}";
        return new ChartHotspot(0, position - BarSize / 2, Shown(unit), position + BarSize / 2, tooltip);
    }

    private static void AddBars(Plot plot, List<UnitStanding> units, AnalysisSettings settings)
    {
        var bars = units.Select((unit, index) => ToBar(unit, units.Count - 1 - index, settings)).ToList();

        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        barPlot.ValueLabelStyle.FontName = ChartTheme.FontName;
        barPlot.ValueLabelStyle.FontSize = 13;
    }

    private static Bar ToBar(UnitStanding unit, int position, AnalysisSettings settings)
    {
        var tone = unit.MeanCapaian is { } mean ? BandTone.Of(settings.Bands.Classify(mean)) : Tone.Neutral;

        return new Bar
        {
            Position = position,
            Value = Shown(unit),
            Size = BarSize,
            FillColor = ToneColor.Of(tone),
            LineWidth = 0,
            Label = BarLabel(unit, settings),
        };
    }

    private static string BarLabel(UnitStanding unit, AnalysisSettings settings) => unit switch
    {
        { SourceFile: null } => "belum melapor",
        { MeanCapaian: > (decimal)ScaleEnd and { } mean } => $"{IndonesianFormat.Percent(mean)} · di luar skala",
        { MeanCapaian: { } mean } => $"{IndonesianFormat.Percent(mean)} · {BandScale.Label(settings.Bands.Classify(mean))}",
        _ => "tidak dapat dihitung",
    };

    private static void AddTargetLine(Plot plot)
    {
        var line = plot.Add.VerticalLine(100);

        line.Color = ChartTheme.Target;
        line.LineWidth = 2;
        // Solid, not dashed: Skia's SVG canvas cannot draw path effects (see AbsorptionChart).
        line.LegendText = "Target 100%";
        plot.ShowLegend(Alignment.LowerRight);
    }

    private static void Style(Plot plot, List<UnitStanding> units, string caption)
    {
        var positions = units.Select((_, index) => (double)(units.Count - 1 - index)).ToArray();

        plot.Axes.Left.SetTicks(positions, units.Select(u => AxisLabels.Wrap(u.UnitName, LabelLineLength)).ToArray());
        AxisLabels.Percent(plot.Axes.Bottom);
        plot.Axes.SetLimitsX(0, XLimit(units));
        plot.Title(caption);
        plot.XLabel("Rata-rata capaian (%)");
    }

    // Room to the right of the longest bar for its label ("97,50% · Sangat Tinggi").
    private static double XLimit(List<UnitStanding> units) =>
        units.Any(u => (double)(u.MeanCapaian ?? 0m) > ScaleEnd)
            ? ScaleEnd * 2.2
            : Math.Max(150d, units.Select(Shown).DefaultIfEmpty(0).Max() * 1.7);

    // A mean far beyond any target (a typing error, most often) is drawn to the scale's end with
    // its true figure in the label, so it does not flatten every other bar.
    private static double Shown(UnitStanding unit) => Math.Min((double)(unit.MeanCapaian ?? 0m), ScaleEnd);
}
