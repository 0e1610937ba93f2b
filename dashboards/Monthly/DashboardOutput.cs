namespace SakipAnalytics.Dashboards.Monthly;

/// <summary>The files one dashboard run wrote.</summary>
/// <param name="PagePath">The self-contained page, <c>&lt;output&gt;/&lt;yyyy-mm&gt;/index.html</c>.</param>
/// <param name="ChartPngPaths">PNG copies of the page's charts beside it, for slides.</param>
public sealed record DashboardOutput(string PagePath, IReadOnlyList<string> ChartPngPaths)
{
    /// <summary>The month folder holding the page and its PNG files.</summary>
    public string Folder => Path.GetDirectoryName(PagePath)!;
}
