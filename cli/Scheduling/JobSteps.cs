using Microsoft.Extensions.Logging;
using SakipAnalytics.Cli.Pipeline;
using SakipAnalytics.Cli.Settings;
using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Formatting;
using SakipAnalytics.Model.Store;

namespace SakipAnalytics.Cli.Scheduling;

/// <summary>
/// What each scheduled job does, as plain library steps over one store. Quartz only decides when;
/// tests call these directly with a fake clock. Every run is recorded, and a failing step is
/// recorded as failed rather than stopping the scheduler.
/// </summary>
public sealed partial class JobSteps(
    SakipStore store, SakipSettings settings, TimeProvider clock, ILoggerFactory logging, TextWriter? progress = null)
{
    private readonly ILogger _logger = logging.CreateLogger<JobSteps>();
    private readonly JobRunLog _log = new(store);
    private readonly TimeZoneInfo _office = new JobPlan(settings.Schedule).TimeZone;

    public JobRunLog Log => _log;

    public JobOutcome Run(string job, DateTimeOffset? scheduledFor)
    {
        var started = clock.GetUtcNow();
        var outcome = Guarded(job);
        _log.Record(job, scheduledFor, started, clock.GetUtcNow(), outcome);
        LogRan(_logger, job, outcome.Succeeded, outcome.Detail);
        Report(job, outcome);
        return outcome;
    }

    /// <summary>One Indonesian line per run for whoever watches the scheduler's console.</summary>
    private void Report(string job, JobOutcome outcome)
    {
        var at = OfficeNow().ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        progress?.WriteLine($"{at} {job}: {(outcome.Succeeded ? "selesai" : "GAGAL")}, {outcome.Detail}");
    }

    private JobOutcome Guarded(string job)
    {
        try
        {
            return Step(job);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The job run is the boundary: the failure is recorded with the run, and the next trigger still fires.
            LogFailed(_logger, ex, job);
            return JobOutcome.Failed(ex.Message);
        }
    }

    private JobOutcome Step(string job) => job switch
    {
        JobNames.IngestInbox => InboxStep.Run(store, settings, clock, _office, logging),
        JobNames.MonthlyDashboard => Dashboard(),
        JobNames.AnnualLkjip => Lkjip(),
        JobNames.LateReports => LateReports(),
        _ => throw new ArgumentOutOfRangeException(nameof(job), job, "No such job."),
    };

    private JobOutcome Dashboard()
    {
        var (year, month) = PreviousMonth();
        if (new ResultQueries(store).IndicatorResults(year, month).Count == 0)
            return JobOutcome.Done($"belum ada capaian {IndonesianFormat.MonthYear(year, month)}");

        return JobOutcome.Done(OutputSteps.Dashboard(store, settings, year, month), 1);
    }

    private JobOutcome Lkjip()
    {
        var year = OfficeNow().Year - 1;
        if (new ResultQueries(store).IndicatorResults(year, 12).Count == 0)
            return JobOutcome.Done($"belum ada capaian akhir tahun {year}");

        return JobOutcome.Done(OutputSteps.Lkjip(store, settings, clock, year), 1);
    }

    private JobOutcome LateReports()
    {
        var deadline = settings.DeadlineDay;
        if (OfficeNow().Day <= deadline)
            return JobOutcome.Done($"batas pelaporan tanggal {deadline} belum lewat");

        var (year, month) = PreviousMonth();
        var late = new ResultQueries(store).UnitsWithoutReport(year, month);
        var period = IndonesianFormat.MonthYear(year, month);
        return JobOutcome.Done(
            late.Count == 0 ? $"semua unit sudah melapor {period}" : $"belum melapor {period}: {string.Join(", ", late)}");
    }

    private (int Year, int Month) PreviousMonth()
    {
        var previous = OfficeNow().AddMonths(-1);
        return (previous.Year, previous.Month);
    }

    private DateTimeOffset OfficeNow() => TimeZoneInfo.ConvertTime(clock.GetUtcNow(), _office);

    [LoggerMessage(EventId = 200, Level = LogLevel.Information, Message = "Job {Job} ran: succeeded {Succeeded}, {Detail}")]
    private static partial void LogRan(ILogger logger, string job, bool succeeded, string detail);

    [LoggerMessage(EventId = 201, Level = LogLevel.Error, Message = "Job {Job} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string job);
}
