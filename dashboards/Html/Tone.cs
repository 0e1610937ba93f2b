namespace SakipAnalytics.Dashboards.Html;

/// <summary>The colour family of a tile or badge; always paired with a text label.</summary>
internal enum Tone
{
    Neutral,
    Good,
    Warning,
    Bad,
}
