using ScottPlot;

namespace SakipAnalytics.Dashboards.Charts;

/// <summary>
/// Labels a scatter's points so no label covers another label or point and each sits nearer its
/// own point than any other; a label pushed further out gets a leader line. The plot is laid out
/// first, with its axis limits set, so labels are placed in pixels.
/// </summary>
internal static class PointLabels
{
    private const float FontSize = 11;

    public static void Add(Plot plot, IReadOnlyList<(string Text, Coordinates At)> points, float markerSize, int width, int height)
    {
        plot.RenderInMemory(width, height);
        var anchors = points.Select(p => plot.GetPixel(p.At)).ToList();
        var labels = points.Select(p => NewLabel(plot, p.Text, p.At)).ToList();
        var sizes = labels.Select(Size).ToList();

        var placed = LabelPlacement.Place(
            [.. anchors.Select((a, i) => (a.X, a.Y, sizes[i].Width, sizes[i].Height))], markerSize / 2, DataArea(plot));
        foreach (var (label, place, anchor) in labels.Zip(placed, anchors))
        {
            label.OffsetX = place.OffsetX;
            label.OffsetY = place.OffsetY;
            if (place.NeedsLeader)
                AddLeader(plot, anchor, place.Box, markerSize / 2);
        }
    }

    private static ScottPlot.Plottables.Text NewLabel(Plot plot, string text, Coordinates at)
    {
        var label = plot.Add.Text(text, at);
        label.LabelFontSize = FontSize;
        label.LabelAlignment = Alignment.MiddleCenter;
        return label;
    }

    private static (float Width, float Height) Size(ScottPlot.Plottables.Text label)
    {
        using var paint = Paint.NewDisposablePaint();
        var size = label.LabelStyle.Measure(paint).Size;
        return (size.Width + 2, size.Height);
    }

    private static LabelBox DataArea(Plot plot)
    {
        var limits = plot.Axes.GetLimits();
        var topLeft = plot.GetPixel(new Coordinates(limits.Left, limits.Top));
        var bottomRight = plot.GetPixel(new Coordinates(limits.Right, limits.Bottom));
        return new LabelBox(topLeft.X, topLeft.Y, bottomRight.X, bottomRight.Y);
    }

    // A thin line from the edge of the marker to the nearest edge of its label.
    private static void AddLeader(Plot plot, Pixel anchor, LabelBox box, float markerRadius)
    {
        var (x, y) = box.Nearest(anchor.X, anchor.Y);
        var length = MathF.Max(1, MathF.Sqrt((x - anchor.X) * (x - anchor.X) + (y - anchor.Y) * (y - anchor.Y)));
        var start = new Pixel(anchor.X + (x - anchor.X) / length * markerRadius, anchor.Y + (y - anchor.Y) / length * markerRadius);

        var line = plot.Add.Line(plot.GetCoordinates(start), plot.GetCoordinates(new Pixel(x, y)));
        line.LineColor = ChartTheme.Realisasi;
        line.LineWidth = 1;
    }
}
