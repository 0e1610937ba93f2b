using SakipAnalytics.Dashboards.Charts;
using SakipAnalytics.Model.Analysis;

namespace SakipAnalytics.Dashboards.Monthly;

/// <summary>The charts of the monthly dashboard, in page order.</summary>
public static class DashboardCharts
{
    public static IReadOnlyList<ChartFigure> For(DashboardFacts facts) =>
        [UnitCapaianChart.Build(facts), AbsorptionChart.Build(facts), EfficiencyChart.Build(facts), ProgressChart.Build(facts)];
}
