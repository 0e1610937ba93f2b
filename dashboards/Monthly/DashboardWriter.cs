using SakipAnalytics.Dashboards.Html;
using SakipAnalytics.Model.Analysis;

namespace SakipAnalytics.Dashboards.Monthly;

/// <summary>
/// Writes the monthly dashboard of a set of facts: <c>&lt;output&gt;/&lt;yyyy-mm&gt;/index.html</c> and a
/// PNG of each chart beside it. Writing the same month again replaces its files.
/// </summary>
public static class DashboardWriter
{
    public const string PageFileName = "index.html";

    /// <summary>Renders the facts and writes the page and charts into the month's folder.</summary>
    public static DashboardOutput Write(DashboardFacts facts, string outputFolder)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputFolder);

        var folder = Directory.CreateDirectory(Path.Combine(outputFolder, new ReportMonth(facts.Year, facts.Month).FolderName));
        var overview = DashboardCharts.Overview(facts);
        var paths = DashboardCharts.Paths(facts);
        var pngs = overview.Concat(paths).Select(chart => chart.SavePng(folder.FullName)).ToList();

        var page = Path.Combine(folder.FullName, PageFileName);
        PageFile.Write(page, DashboardPage.Render(facts, overview, paths));
        return new DashboardOutput(page, pngs);
    }
}
