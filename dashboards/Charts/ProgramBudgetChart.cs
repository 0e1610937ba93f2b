using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Formatting;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace SakipAnalytics.Dashboards.Charts;

/// <summary>
/// The LKjIP Bab III B figure: pagu and realisasi of each program side by side, in billions of
/// rupiah, each realisasi bar labelled with its absorption. Drawn for print like
/// <see cref="LkjipTrendChart"/>: 1600 x 900 px placed about 14 cm wide.
/// </summary>
public static class ProgramBudgetChart
{
    public const int Width = 1600;

    public const int Height = 900;

    private const float Scale = 2.5f;
    private const double BarWidth = 0.38;
    private const decimal Billion = 1_000_000_000m;

    public static Plot Build(IReadOnlyList<BudgetLine> programs, string title)
    {
        ArgumentNullException.ThrowIfNull(programs);

        var plot = ChartTheme.NewPlot();
        var bars = programs.SelectMany(Pair).ToList();
        var barPlot = plot.Add.Bars(bars);
        barPlot.ValueLabelStyle.FontName = ChartTheme.FontName;
        barPlot.ValueLabelStyle.FontSize = 11;
        Style(plot, programs, title);
        return plot;
    }

    public static byte[] RenderPng(IReadOnlyList<BudgetLine> programs, string title)
    {
        using var plot = Build(programs, title);

        plot.ScaleFactor = Scale;
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    private static IEnumerable<Bar> Pair(BudgetLine program, int index)
    {
        yield return NewBar(index - BarWidth / 2, program.Pagu, ChartTheme.Target, IndonesianFormat.Number(program.Pagu / Billion));
        var label = program.Absorption is { } absorption ? IndonesianFormat.Number(absorption) + "%" : string.Empty;
        yield return NewBar(index + BarWidth / 2, program.Realisasi, ChartTheme.Realisasi, label);
    }

    private static Bar NewBar(double position, decimal rupiah, Color color, string label) => new()
    {
        Position = position,
        Value = (double)(rupiah / Billion),
        Size = BarWidth,
        FillColor = color,
        LineWidth = 0,
        Label = label,
    };

    private static void Style(Plot plot, IReadOnlyList<BudgetLine> programs, string title)
    {
        var positions = programs.Select((_, index) => (double)index).ToArray();

        plot.Axes.Bottom.SetTicks(positions, [.. programs.Select(p => p.Code)]);
        plot.Axes.Left.TickGenerator = new NumericAutomatic { LabelFormatter = v => IndonesianFormat.Figure((decimal)v) };
        plot.Axes.Margins(bottom: 0, top: 0.2);
        plot.Title(title);
        plot.YLabel("Miliar rupiah");
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "Pagu", FillColor = ChartTheme.Target });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "Realisasi (label: serapan)", FillColor = ChartTheme.Realisasi });
        plot.Legend.FontSize = 12;
        plot.ShowLegend(Edge.Bottom);
    }
}
