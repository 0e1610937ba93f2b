using SakipAnalytics.Model.Analysis;

namespace SakipAnalytics.Dashboards.Html;

/// <summary>How a track status reads and is coloured on the page.</summary>
internal static class TrackText
{
    public static string Label(TrackStatus status) => status switch
    {
        TrackStatus.OnTrack => "Mencapai target",
        TrackStatus.AtRisk => "Perlu perhatian",
        TrackStatus.OffTrack => "Tertinggal",
        _ => "Tidak dapat dihitung",
    };

    public static Tone Tone(TrackStatus status) => status switch
    {
        TrackStatus.OnTrack => Html.Tone.Good,
        TrackStatus.AtRisk => Html.Tone.Warning,
        TrackStatus.OffTrack => Html.Tone.Bad,
        _ => Html.Tone.Neutral,
    };

    public static string Badge(TrackStatus status) => Html.Badge.Of(Label(status), Tone(status));
}
