using Microsoft.Extensions.Logging;
using SakipAnalytics.Cli.Pipeline;
using SakipAnalytics.Cli.Settings;
using SakipAnalytics.Ingest.Loading;
using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Analysis.Tables;
using SakipAnalytics.Model.Capaian;
using SakipAnalytics.Model.Evaluation;
using SakipAnalytics.Model.Store;
using SakipAnalytics.Reports.Exports;

namespace SakipAnalytics.Cli.Benchmarking;

/// <summary>The pipeline's stages for one office of a benchmark, each opening the office's own store.</summary>
internal sealed class OfficeStages(TimeProvider clock, ILoggerFactory logging)
{
    public OfficeIngest Ingest(OfficeRun office)
    {
        using var store = SakipStore.Open(office.Settings.DatabasePath);
        var files = IngestStep.Create(store, clock, logging).Run(office.Folder).Files;
        return new OfficeIngest(
            Summed(files.Where(f => IsCsv(f.Path))), Summed(files.Where(f => !IsCsv(f.Path))),
            files.Count(f => f.Status == LoadStatus.Rejected));
    }

    /// <summary>DuckDB's plain read_csv of the office's csv files.</summary>
    public static StageMeasure Floor(OfficeRun office) =>
        CsvFloor.Measure([.. FolderIngest.Candidates(office.Folder).Where(IsCsv)]);

    /// <summary>Computes capaian and reads every analysis table out, as csv, which costs next to nothing to write.</summary>
    public TimeSpan Analyse(OfficeRun office)
    {
        using var store = SakipStore.Open(office.Settings.DatabasePath);
        return StageTimer.Time(() =>
        {
            CapaianComputation.Rebuild(store);
            Export(store, office.Settings, ExportFormat.Csv, "analisis");
        });
    }

    /// <summary>Every analysis table as the xlsx workbook the main job writes to out/ekspor.</summary>
    public TimeSpan Workbooks(OfficeRun office)
    {
        using var store = SakipStore.Open(office.Settings.DatabasePath);
        return StageTimer.Time(() => Export(store, office.Settings, ExportFormat.Xlsx, "ekspor"));
    }

    private void Export(SakipStore store, SakipSettings settings, ExportFormat format, string folder)
    {
        var periods = new ResultQueries(store).Periods();
        var session = new AnalysisSession(store, settings.Analysis());
        var latest = new TableFilter(periods.LatestYear, periods.LatestMonth);
        var made = OfficeClock.Now(settings, clock);
        TableExporter.ExportAllAsync(session, TableFilter.All, latest, format, Path.Combine(settings.OutputFolder, folder), made)
            .GetAwaiter().GetResult();
    }

    /// <summary>
    /// The LKjIP of the latest closed year, the dashboard of the latest month and the latest
    /// evaluation, where the data has them.
    /// </summary>
    public (StageMeasure? Lkjip, StageMeasure? Dashboard, StageMeasure? Evaluation) Outputs(OfficeRun office)
    {
        using var store = SakipStore.Open(office.Settings.DatabasePath);
        var run = office.Settings;
        var periods = new ResultQueries(store).Periods();
        return (
            periods.LatestClosedYear is { } year ? Measured(() => OutputSteps.Lkjip(store, run, clock, year)) : null,
            periods.LatestYear is { } y && periods.LatestMonth is { } m ? Measured(() => OutputSteps.Dashboard(store, run, y, m)) : null,
            new LkeQueries(store).Years() is [var lke, ..] ? Measured(() => OutputSteps.Evaluation(store, run, clock, lke)) : null);
    }

    private static StageMeasure Summed(IEnumerable<FileOutcome> files) => StageMeasure.Sum(
        files.Select(f => new StageMeasure(f.Elapsed, 1, f.Rows, new FileInfo(f.Path).Length)));

    private static bool IsCsv(string path) => Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase);

    private static StageMeasure Measured<T>(Func<T> stage) => new(StageTimer.Time(stage).Elapsed);
}
