using SakipAnalytics.Cli.Settings;
using SakipAnalytics.Dashboards.Index;
using SakipAnalytics.Dashboards.Monthly;
using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Analysis.Tables;
using SakipAnalytics.Model.Store;
using SakipAnalytics.Reports.Exports;
using SakipAnalytics.Reports.Lkjip;

namespace SakipAnalytics.Cli.Pipeline;

/// <summary>Writing the LKjIP of a year and the dashboard of a month, shared by the main job and the scheduled jobs.</summary>
public static class OutputSteps
{
    public static string Lkjip(SakipStore store, SakipSettings settings, TimeProvider clock, int year)
    {
        ArgumentNullException.ThrowIfNull(settings);

        var folder = Directory.CreateDirectory(Path.Combine(settings.OutputFolder, "laporan")).FullName;
        var facts = LkjipFactsBuilder.Build(store, year, settings.Analysis());
        return new LkjipWriter(clock).WriteToFolder(facts, folder);
    }

    /// <summary>Every computed table as a workbook in <c>out/ekspor/</c>; the cascade for the latest month.</summary>
    public static IReadOnlyList<ExportedTable> Tables(SakipStore store, SakipSettings settings, TimeProvider clock, ReportPeriods periods)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(periods);

        var session = new AnalysisSession(store, settings.Analysis());
        var folder = Path.Combine(settings.OutputFolder, "ekspor");
        var latest = new TableFilter(periods.LatestYear, periods.LatestMonth);
        return TableExporter.ExportAllAsync(session, TableFilter.All, latest, ExportFormat.Xlsx, folder, OfficeClock.Now(settings, clock))
            .GetAwaiter().GetResult();
    }

    public static string Dashboard(SakipStore store, SakipSettings settings, int year, int month)
    {
        ArgumentNullException.ThrowIfNull(settings);

        var folder = Path.Combine(settings.OutputFolder, "dashboard");
        var facts = DashboardFactsBuilder.Build(store, year, month, settings.Analysis());
        var output = DashboardWriter.Write(facts, folder);
        DashboardIndex.Write(folder, facts.Office);
        return output.PagePath;
    }
}
