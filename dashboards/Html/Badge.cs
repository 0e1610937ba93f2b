namespace SakipAnalytics.Dashboards.Html;

/// <summary>A coloured label whose words say what the colour means.</summary>
internal static class Badge
{
    public static string Of(string text, Tone tone) =>
        $"<span class=\"badge badge-{ToneClass.Of(tone)}\">{HtmlText.Encode(text)}</span>";
}
