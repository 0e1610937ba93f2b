using SakipAnalytics.Dashboards.Html;
using SakipAnalytics.Model.Analysis;

namespace SakipAnalytics.Dashboards.Monthly;

/// <summary>
/// Writes the monthly dashboard of a set of facts: <c>&lt;output&gt;/&lt;yyyy-mm&gt;/index.html</c> and a
/// PNG of each chart beside it. The month is written whole into a hidden folder first and then put
/// in place, so a failure leaves the month as it was; writing the same month again replaces it.
/// </summary>
public static class DashboardWriter
{
    public const string PageFileName = "index.html";

    /// <summary>Renders the facts and writes the page and charts into the month's folder.</summary>
    public static DashboardOutput Write(DashboardFacts facts, string outputFolder)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputFolder);

        var month = new ReportMonth(facts.Year, facts.Month).FolderName;
        var target = Path.GetFullPath(Path.Combine(outputFolder, month));
        var staging = Path.Combine(Path.GetDirectoryName(target)!, $".{month}.partial");
        try
        {
            var written = WriteInto(facts, Fresh(staging));
            Replace(target, staging);
            return new DashboardOutput(Path.Combine(target, PageFileName), [.. written.Select(p => Path.Combine(target, p))]);
        }
        finally
        {
            if (Directory.Exists(staging))
                Directory.Delete(staging, recursive: true);
        }
    }

    // Returns the chart files' names; the page goes beside them.
    private static List<string> WriteInto(DashboardFacts facts, string folder)
    {
        var overview = DashboardCharts.Overview(facts);
        var paths = DashboardCharts.Paths(facts);
        var pngs = overview.Concat(paths).Select(chart => Path.GetFileName(chart.SavePng(folder))).ToList();

        PageFile.Write(Path.Combine(folder, PageFileName), DashboardPage.Render(facts, overview, paths));
        return pngs;
    }

    private static string Fresh(string folder)
    {
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);

        return Directory.CreateDirectory(folder).FullName;
    }

    // The old month is moved aside before the new one moves in, and only then deleted.
    private static void Replace(string target, string staging)
    {
        var old = staging.Replace(".partial", ".old", StringComparison.Ordinal);
        if (Directory.Exists(old))
            Directory.Delete(old, recursive: true);

        if (Directory.Exists(target))
            Directory.Move(target, old);

        Directory.Move(staging, target);
        if (Directory.Exists(old))
            Directory.Delete(old, recursive: true);
    }
}
