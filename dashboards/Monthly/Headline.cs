using SakipAnalytics.Dashboards.Html;
using SakipAnalytics.Model.Analysis;

namespace SakipAnalytics.Dashboards.Monthly;

/// <summary>The headline tiles in reading order: indicators, capaian, budget, reporting.</summary>
internal static class Headline
{
    public static IReadOnlyList<Tile> For(DashboardFacts facts) =>
    [
        .. TrackTiles.For(facts),
        CapaianTile.For(facts),
        .. AbsorptionTiles.For(facts),
        ReportingTile.For(facts),
    ];
}
