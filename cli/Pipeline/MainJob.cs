using System.Diagnostics;
using Microsoft.Extensions.Logging;
using SakipAnalytics.Cli.Commands;
using SakipAnalytics.Cli.Settings;
using SakipAnalytics.Ingest.Loading;
using SakipAnalytics.Ingest.Rejection;
using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Capaian;
using SakipAnalytics.Model.Evaluation;
using SakipAnalytics.Model.Store;

namespace SakipAnalytics.Cli.Pipeline;

/// <summary>
/// The main job: ingest the data folder, compute capaian, then write every analysis table, the
/// LKjIP draft of the latest closed year, the dashboard of the latest reported month and the
/// evaluation of the latest year with LKE worksheets.
/// </summary>
public sealed partial class MainJob(SakipSettings settings, TimeProvider clock, ILoggerFactory logging)
{
    private readonly ILogger _logger = logging.CreateLogger<MainJob>();

    public RunResult Run()
    {
        var watch = Stopwatch.StartNew();
        if (!Directory.Exists(settings.DataFolder))
            throw new SettingsException($"Folder data tidak ditemukan: {Path.GetFullPath(settings.DataFolder)}");

        Directory.CreateDirectory(settings.OutputFolder);
        using var store = SakipStore.Open(settings.DatabasePath);

        var ingest = IngestStep.Create(store, clock, logging).Run(settings.DataFolder);
        var rejections = WriteRejectionReports(ingest);
        var analysis = Stopwatch.StartNew();
        var computed = CapaianComputation.Rebuild(store);
        var periods = new ResultQueries(store).Periods();
        var tables = OutputSteps.Tables(store, settings, clock, periods);
        analysis.Stop();
        var notes = new List<string>();
        var failed = new List<string>();
        var lkjip = Attempt("LKjIP", () => WriteLkjip(store, periods, notes), failed);
        var dashboard = Attempt("Dasbor", () => WriteDashboard(store, periods, notes), failed);
        var evaluation = Attempt("Evaluasi LKE", () => WriteEvaluation(store), failed);

        LogFinished(_logger, watch.ElapsedMilliseconds);
        return new RunResult
        {
            Ingest = ingest, CapaianComputed = computed, DatabasePath = settings.DatabasePath,
            LkjipPath = lkjip, LkjipYear = periods.LatestClosedYear, DashboardPath = dashboard,
            DashboardMonth = periods.LatestYear is { } y ? (y, periods.LatestMonth!.Value) : null,
            RejectionReports = rejections, Notes = [.. notes, .. failed], OutputFailed = failed.Count > 0, Elapsed = watch.Elapsed,
            Tables = tables, AnalysisElapsed = analysis.Elapsed, Evaluation = evaluation,
        };
    }

    /// <summary>One Indonesian report per rejected file, in <c>out/ditolak/</c>, for the unit to fix its file.</summary>
    private Dictionary<string, string> WriteRejectionReports(IngestReport ingest)
    {
        var folder = Path.Combine(settings.OutputFolder, "ditolak");
        return ingest.Files
            .Where(f => f.Status == LoadStatus.Rejected)
            .ToDictionary(f => f.Path, f => RejectionReport.Write(f, folder, OfficeNow()));
    }

    private string? WriteLkjip(SakipStore store, ReportPeriods periods, List<string> notes)
    {
        if (periods.LatestClosedYear is not { } year)
        {
            notes.Add("LKjIP tidak dibuat: belum ada capaian IKU Dinas akhir tahun (Desember).");
            return null;
        }

        return OutputSteps.Lkjip(store, settings, clock, year);
    }

    private string? WriteDashboard(SakipStore store, ReportPeriods periods, List<string> notes)
    {
        if (periods.LatestYear is not { } year || periods.LatestMonth is not { } month)
        {
            notes.Add("Dasbor tidak dibuat: belum ada laporan capaian bulanan dari unit.");
            return null;
        }

        return OutputSteps.Dashboard(store, settings, year, month);
    }

    /// <summary>
    /// Writes one output; a folder or file the system refuses becomes a note and the others are still
    /// written, so the summary of what was loaded is never lost to an output error.
    /// </summary>
    private static T? Attempt<T>(string output, Func<T?> write, List<string> failed)
        where T : class
    {
        try
        {
            return write();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            failed.Add($"{output} tidak ditulis: {IoProblem.Describe(ex)}");
            return null;
        }
    }

    // The latest year with loaded LKE worksheets; a data folder without any has no evaluation to write.
    private EvaluationOutput? WriteEvaluation(SakipStore store) =>
        new LkeQueries(store).Years() is [var year, ..] ? OutputSteps.Evaluation(store, settings, clock, year) : null;

    private DateTimeOffset OfficeNow() => TimeZoneInfo.ConvertTime(clock.GetUtcNow(), settings.Schedule.Zone());

    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Main job finished in {ElapsedMs} ms")]
    private static partial void LogFinished(ILogger logger, long elapsedMs);
}
