namespace SakipAnalytics.Dashboards.Charts;

/// <summary>
/// Places the labels of a scatter's points so none covers another label or any point. Points with
/// the most neighbours choose first; each takes the first free spot beside its point (right, left,
/// above, below, then the corners), and when all are taken, the first free one a ring further out,
/// joined to its point by a leader line. When nothing is free it takes the spot overlapping least.
/// </summary>
internal static class LabelPlacement
{
    private const float Gap = 4;
    private const float RingStep = 16;
    private const int Rings = 4;

    // Right, left, above, below, then the four corners, as unit directions (y down).
    private static readonly (float X, float Y)[] Directions =
        [(1, 0), (-1, 0), (0, -1), (0, 1), (1, -1), (1, 1), (-1, -1), (-1, 1)];

    /// <param name="points">Each point's pixel position and its label's size.</param>
    /// <param name="markerRadius">Half the size of a point's marker, in pixels.</param>
    /// <param name="bounds">Where labels may go: the chart's data area.</param>
    public static IReadOnlyList<PlacedLabel> Place(
        IReadOnlyList<(float X, float Y, float Width, float Height)> points, float markerRadius, LabelBox bounds)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(bounds);

        var markers = points.Select(p => LabelBox.Around(p.X, p.Y, 2 * markerRadius, 2 * markerRadius)).ToList();
        var placed = new PlacedLabel?[points.Count];
        foreach (var index in Enumerable.Range(0, points.Count).OrderByDescending(i => Neighbours(points, i)))
        {
            var taken = markers.Concat(placed.OfType<PlacedLabel>().Select(l => l.Box)).ToList();
            var others = points.Where((_, i) => i != index).Select(p => (p.X, p.Y)).ToList();
            placed[index] = Best(points[index], markerRadius, bounds, taken, others);
        }

        return [.. placed.OfType<PlacedLabel>()];
    }

    /// <summary>
    /// The first free spot that sits nearer its own point than any other; failing that the first
    /// free spot, with a leader line to show whose label it is; failing that the least covered.
    /// </summary>
    private static PlacedLabel Best(
        (float X, float Y, float Width, float Height) point, float markerRadius, LabelBox bounds, List<LabelBox> taken,
        List<(float X, float Y)> others)
    {
        var candidates = Candidates(point, markerRadius).Where(c => c.Box.Inside(bounds)).ToList();
        if (candidates.Count == 0)
            return Candidates(point, markerRadius).First();

        var free = candidates.Where(c => taken.All(t => t.Overlap(c.Box) == 0)).ToList();
        return free.FirstOrDefault(c => Owned(c.Box, point, others))
            ?? free.Select(c => c with { NeedsLeader = true }).FirstOrDefault()
            ?? candidates.MinBy(c => taken.Sum(t => t.Overlap(c.Box)))! with { NeedsLeader = true };
    }

    private static bool Owned(LabelBox box, (float X, float Y, float Width, float Height) point, List<(float X, float Y)> others) =>
        others.All(o => box.Distance(o.X, o.Y) > box.Distance(point.X, point.Y));

    private static IEnumerable<PlacedLabel> Candidates((float X, float Y, float Width, float Height) point, float markerRadius) =>
        from ring in Enumerable.Range(0, Rings)
        from direction in Directions
        let distance = markerRadius + Gap + ring * RingStep
        let offsetX = direction.X * (distance + point.Width / 2)
        let offsetY = direction.Y * (distance + point.Height / 2)
        select new PlacedLabel(
            offsetX, offsetY, LabelBox.Around(point.X + offsetX, point.Y + offsetY, point.Width, point.Height), ring > 0);

    // How many other points sit within a label's reach of this one.
    private static int Neighbours(IReadOnlyList<(float X, float Y, float Width, float Height)> points, int index) =>
        points.Where((_, other) => other != index).Count(p =>
            Math.Abs(p.X - points[index].X) < points[index].Width + RingStep
            && Math.Abs(p.Y - points[index].Y) < 2 * points[index].Height);
}
