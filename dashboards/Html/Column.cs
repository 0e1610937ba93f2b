namespace SakipAnalytics.Dashboards.Html;

/// <summary>A table column: its heading and the CSS class of its cells (see dashboard.css).</summary>
internal sealed record Column(string Header, string? Class = null)
{
    /// <summary>Figures: right-aligned, never wrapped.</summary>
    public static Column Figure(string header) => new(header, "num");

    /// <summary>Text from input files (names, kendala, messages): may break anywhere, so one pasted link cannot widen the page.</summary>
    public static Column Text(string header) => new(header, "text");

    /// <summary>Codes such as REH-01: never wrapped.</summary>
    public static Column Code(string header) => new(header, "code");
}
