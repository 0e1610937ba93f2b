using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Formatting;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace SakipAnalytics.Dashboards.Charts;

/// <summary>
/// The LKjIP trend figure of one indicator: target and realisasi side by side for each year of
/// its series, with the Renstra end target as a dashed line. Drawn for print: 1600 x 900 px,
/// meant to be placed about 14 cm wide (roughly 290 dpi).
/// </summary>
public static class LkjipTrendChart
{
    /// <summary>Pixel width of the PNG.</summary>
    public const int Width = 1600;

    /// <summary>Pixel height of the PNG.</summary>
    public const int Height = 900;

    // Everything is drawn 2.5 times its nominal size, so labels print at about 8 pt when the
    // picture is placed 14 cm wide.
    private const float Scale = 2.5f;
    private const double BarWidth = 0.38;

    /// <summary>Whether the series has any numeric target or realisasi to draw (predikat series have none).</summary>
    public static bool CanDraw(IndicatorSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);

        return series.Points.Any(p => p.Target?.Point is not null || p.Realisasi?.Value is not null);
    }

    /// <summary>The plot of the series, with its year labels set explicitly (ScottPlot would print 2,024).</summary>
    public static Plot Build(IndicatorSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);

        var plot = ChartTheme.NewPlot();
        // The end target goes first so the bars' value labels print over its dashed line, not under it.
        AddEndTarget(plot, series);
        AddBars(plot, series);
        Style(plot, series);
        return plot;
    }

    /// <summary>The chart as PNG bytes of <see cref="Width"/> x <see cref="Height"/> pixels.</summary>
    public static byte[] RenderPng(IndicatorSeries series)
    {
        using var plot = Build(series);

        plot.ScaleFactor = Scale;
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    /// <summary>The years on the horizontal axis, as printed.</summary>
    public static IReadOnlyList<string> YearLabels(IndicatorSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);

        return [.. series.Points.Select(p => p.Year.ToString(IndonesianFormat.CultureInfo))];
    }

    private static void AddBars(Plot plot, IndicatorSeries series)
    {
        var bars = series.Points.SelectMany((point, index) => Pair(point, index)).ToList();

        var barPlot = plot.Add.Bars(bars);
        barPlot.ValueLabelStyle.FontName = ChartTheme.FontName;
        barPlot.ValueLabelStyle.FontSize = 12;
        barPlot.ValueLabelStyle.BackgroundColor = Colors.White;
    }

    private static IEnumerable<Bar> Pair(YearPoint point, int index)
    {
        if (point.Target?.Point is { } target)
            yield return NewBar(index - BarWidth / 2, target, ChartTheme.Target);

        if (point.Realisasi?.Value is { } realisasi)
            yield return NewBar(index + BarWidth / 2, realisasi, ChartTheme.Realisasi);
    }

    private static Bar NewBar(double position, decimal value, Color color) => new()
    {
        Position = position,
        Value = (double)value,
        Size = BarWidth,
        FillColor = color,
        LineWidth = 0,
        Label = IndonesianFormat.Figure(value),
    };

    private static void AddEndTarget(Plot plot, IndicatorSeries series)
    {
        if (series.EndTarget?.Point is not { } end)
            return;

        var line = plot.Add.HorizontalLine((double)end);
        line.Color = ChartTheme.LastYear;
        line.LineWidth = 2;
        line.LinePattern = LinePattern.Dashed;
    }

    private static void Style(Plot plot, IndicatorSeries series)
    {
        var positions = series.Points.Select((_, index) => (double)index).ToArray();

        plot.Axes.Bottom.SetTicks(positions, [.. YearLabels(series)]);
        plot.Axes.Left.TickGenerator = new NumericAutomatic { LabelFormatter = FigureText };
        plot.Axes.Margins(bottom: 0, top: 0.2);
        plot.Title($"{series.Code}: Target dan Realisasi");
        plot.YLabel(series.Satuan);
        ShowLegend(plot, series);
    }

    private static string FigureText(double value) => IndonesianFormat.Figure((decimal)value);

    private static void ShowLegend(Plot plot, IndicatorSeries series)
    {
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "Target", FillColor = ChartTheme.Target });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "Realisasi", FillColor = ChartTheme.Realisasi });
        if (series.EndTarget?.Point is not null)
            plot.Legend.ManualItems.Add(EndTargetItem());

        plot.Legend.FontSize = 12;
        plot.ShowLegend(Edge.Bottom);
    }

    private static LegendItem EndTargetItem() => new()
    {
        LabelText = "Target akhir Renstra",
        LineColor = ChartTheme.LastYear,
        LineWidth = 2,
        LinePattern = LinePattern.Dashed,
    };
}
