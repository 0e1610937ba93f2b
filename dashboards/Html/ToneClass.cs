namespace SakipAnalytics.Dashboards.Html;

/// <summary>The CSS class suffix of each tone (see dashboard.css).</summary>
internal static class ToneClass
{
    public static string Of(Tone tone) => tone switch
    {
        Tone.Good => "good",
        Tone.Warning => "warning",
        Tone.Bad => "bad",
        _ => "none",
    };
}
