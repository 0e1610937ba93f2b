using SakipAnalytics.Dashboards.Html;
using ScottPlot;

namespace SakipAnalytics.Dashboards.Charts;

/// <summary>The chart colour of each tone, matching the page's badges; charts always print the meaning in words too.</summary>
internal static class ToneColor
{
    public static Color Of(Tone tone) => tone switch
    {
        Tone.Good => ChartTheme.Good,
        Tone.Warning => ChartTheme.Warning,
        Tone.Bad => ChartTheme.Bad,
        _ => ChartTheme.Target,
    };
}
