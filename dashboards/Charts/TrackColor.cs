using SakipAnalytics.Model.Analysis;
using ScottPlot;

namespace SakipAnalytics.Dashboards.Charts;

/// <summary>The chart colour of each track status; charts always print the status in words too.</summary>
public static class TrackColor
{
    public static Color Of(TrackStatus status) => status switch
    {
        TrackStatus.OnTrack => ChartTheme.Good,
        TrackStatus.AtRisk => ChartTheme.Warning,
        TrackStatus.OffTrack => ChartTheme.Bad,
        _ => ChartTheme.Target,
    };
}
