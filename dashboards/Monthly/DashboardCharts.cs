using SakipAnalytics.Dashboards.Charts;
using SakipAnalytics.Model.Analysis;

namespace SakipAnalytics.Dashboards.Monthly;

/// <summary>The charts of the monthly dashboard, in page order: the overview, then one path per indicator.</summary>
public static class DashboardCharts
{
    public static IReadOnlyList<ChartFigure> Overview(DashboardFacts facts) =>
        [UnitCapaianChart.Build(facts), AbsorptionChart.Build(facts), EfficiencyChart.Build(facts), ProgressChart.Build(facts)];

    /// <summary>Each unit indicator's path through the year, in the order of the indicator table's units.</summary>
    public static IReadOnlyList<ChartFigure> Paths(DashboardFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);

        return
        [
            .. facts.Indicators
                .Select(i => IndicatorPathChart.Build(i, facts.Paths.FirstOrDefault(p => p.Code == i.Code && p.UnitCode == i.UnitCode)))
                .OfType<ChartFigure>(),
        ];
    }
}
