using SakipAnalytics.Cli.Settings;
using SakipAnalytics.Dashboards.Index;
using SakipAnalytics.Dashboards.Monthly;
using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Analysis.Tables;
using SakipAnalytics.Model.Evaluation;
using SakipAnalytics.Model.Store;
using SakipAnalytics.Reports.Evaluation;
using SakipAnalytics.Reports.Exports;
using SakipAnalytics.Reports.Lkjip;

namespace SakipAnalytics.Cli.Pipeline;

/// <summary>
/// Writing the LKjIP of a year, the dashboard of a month and the evaluation of a year, shared by the
/// main job, the commands and the scheduled jobs.
/// </summary>
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

    /// <summary>
    /// Scores every unit's LKE worksheet of the year and writes the evaluation reports and recap to
    /// <c>out/evaluasi/</c>; the rubric is the one given, else the setting's.
    /// </summary>
    public static EvaluationOutput Evaluation(SakipStore store, SakipSettings settings, TimeProvider clock, int year, Rubric? rubric = null)
    {
        ArgumentNullException.ThrowIfNull(settings);

        var evaluation = Evaluator.Evaluate(store, year, rubric ?? settings.Rubric());
        var folder = Path.Combine(settings.OutputFolder, "evaluasi");
        var office = new ResultQueries(store).Office();
        return new EvaluationOutput(evaluation, new EvaluationWriter(clock).WriteToFolder(evaluation, office, folder));
    }

    public static string Dashboard(SakipStore store, SakipSettings settings, int year, int month)
    {
        ArgumentNullException.ThrowIfNull(settings);

        var folder = Path.Combine(settings.OutputFolder, "dashboard");
        var facts = DashboardFactsBuilder.Build(store, year, month, settings.Analysis(), settings.Rubric());
        var output = DashboardWriter.Write(facts, folder);
        DashboardIndex.Write(folder, facts.Office);
        return output.PagePath;
    }
}
