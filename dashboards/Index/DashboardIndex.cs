using System.Globalization;
using System.Text;
using SakipAnalytics.Dashboards.Html;
using SakipAnalytics.Dashboards.Monthly;
using SakipAnalytics.Model.Analysis;

namespace SakipAnalytics.Dashboards.Index;

/// <summary>
/// Writes <c>&lt;output&gt;/index.html</c>: the month folders that hold a dashboard, newest first,
/// each linked by a relative path so the folder can be copied or shared as it is.
/// </summary>
public static class DashboardIndex
{
    public const string FileName = "index.html";

    /// <summary>Lists the months present under the output folder and returns the index page's path.</summary>
    public static string Write(string outputFolder, OfficeProfile office)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outputFolder);
        ArgumentNullException.ThrowIfNull(office);

        var path = Path.Combine(Directory.CreateDirectory(outputFolder).FullName, FileName);
        PageFile.Write(path, Render(Months(outputFolder), office));
        return path;
    }

    /// <summary>The months whose folder holds a dashboard page, newest first.</summary>
    public static IReadOnlyList<ReportMonth> Months(string outputFolder) => Directory.EnumerateDirectories(outputFolder)
        .Select(folder => ReportMonth.FromFolderName(Path.GetFileName(folder)))
        .OfType<ReportMonth>()
        .Where(month => File.Exists(Path.Combine(outputFolder, month.FolderName, DashboardWriter.PageFileName)))
        .OrderByDescending(month => month.FolderName, StringComparer.Ordinal)
        .ToList();

    private static string Render(IReadOnlyList<ReportMonth> months, OfficeProfile office)
    {
        var title = $"Dasbor Kinerja Bulanan — {office.Name}";
        var list = new StringBuilder("<ul class=\"months\">\n");

        foreach (var month in months)
            list.Append(CultureInfo.InvariantCulture, $"<li><a href=\"{Link(month)}\">{HtmlText.Encode(month.Label)}</a></li>\n");

        var count = months.Count.ToString(CultureInfo.InvariantCulture);
        var header = $"<header>\n<h1>{HtmlText.Encode(title)}</h1>\n<p class=\"meta\">{count} bulan tersedia</p>\n</header>\n";
        return PageShell.Document(title, $"{header}{list}</ul>\n");
    }

    private static string Link(ReportMonth month) => $"{month.FolderName}/{DashboardWriter.PageFileName}";
}
