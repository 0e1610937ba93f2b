using SakipAnalytics.Dashboards.Charts;

namespace SakipAnalytics.Dashboards.Tests.Charts;

public sealed class LabelPlacementTests
{
    private const float Marker = 5;
    private static readonly LabelBox Area = new(0, 0, 600, 400);

    [Fact]
    public void Place_LonePoint_PutsItsLabelJustRightOfIt()
    {
        var placed = Assert.Single(LabelPlacement.Place([(100, 100, 40, 14)], Marker, Area));

        // Marker radius 5, gap 4, half the label's width 20.
        Assert.Equal((29f, 0f, false), (placed.OffsetX, placed.OffsetY, placed.NeedsLeader));
    }

    [Fact]
    public void Place_PointAtTheRightEdge_PutsItsLabelLeftOfIt()
    {
        var placed = Assert.Single(LabelPlacement.Place([(590, 100, 40, 14)], Marker, Area));

        Assert.Equal((-29f, 0f), (placed.OffsetX, placed.OffsetY));
    }

    [Fact]
    public void Place_TenUnitsWithinAFewPixels_NoLabelCoversAnotherLabelOrAnyPoint()
    {
        var points = Enumerable.Range(0, 10).Select(i => (300f + i % 4 * 6, 200f + i / 4 * 5, 60f, 14f)).ToList();

        var placed = LabelPlacement.Place(points, Marker, Area);

        var markers = points.Select(p => LabelBox.Around(p.Item1, p.Item2, 2 * Marker, 2 * Marker)).ToList();
        var boxes = placed.Select(p => p.Box).ToList();
        Assert.All(boxes, box => Assert.True(box.Inside(Area)));
        Assert.All(boxes, box => Assert.All(markers, marker => Assert.Equal(0, box.Overlap(marker))));
        Assert.All(boxes.SelectMany((a, i) => boxes.Skip(i + 1), (a, b) => a.Overlap(b)), overlap => Assert.Equal(0, overlap));
    }

    [Fact]
    public void Place_LabelMovedARingOut_AsksForALeaderLine()
    {
        var points = Enumerable.Range(0, 10).Select(i => (300f + i % 4 * 6, 200f + i / 4 * 5, 60f, 14f)).ToList();

        var placed = LabelPlacement.Place(points, Marker, Area);

        Assert.Contains(placed, p => p.NeedsLeader);
        Assert.All(placed.Where(p => !p.NeedsLeader), p => Assert.True(Math.Abs(p.OffsetX) <= 39 && Math.Abs(p.OffsetY) <= 16));
    }

    [Fact]
    public void Place_SpotNearerAnotherPoint_IsPassedOverForOneNearerItsOwn()
    {
        // Right of A is free, but B's marker sits just under it: a reader would give the label to B.
        var placed = LabelPlacement.Place([(100, 100, 60, 14), (140, 112, 60, 14)], Marker, Area);

        Assert.Equal((-39f, 0f, false), (placed[0].OffsetX, placed[0].OffsetY, placed[0].NeedsLeader));
    }
}
