namespace SakipAnalytics.Dashboards.Html;

/// <summary>A table row with the tooltip that names where its figures come from.</summary>
internal sealed record Row(string Title, IReadOnlyList<Cell> Cells);
