namespace SakipAnalytics.Dashboards.Html;

/// <summary>A table cell: its inner markup and an optional tooltip.</summary>
/// <param name="Markup">Inner HTML, already escaped.</param>
/// <param name="Title">Tooltip text (escaped when written), or null.</param>
internal sealed record Cell(string Markup, string? Title = null)
{
    /// <summary>A cell holding plain text.</summary>
    public static Cell Text(string text, string? title = null) => new(HtmlText.Encode(text), title);
}
