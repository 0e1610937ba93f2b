using Quartz;
using SakipAnalytics.Cli.Settings;

namespace SakipAnalytics.Cli.Scheduling;

/// <summary>
/// The jobs and their Quartz cron expressions in the office's time zone, as settings give them:
/// when each fires, and which fire times a stopped machine missed.
/// </summary>
public sealed class JobPlan
{
    private readonly Dictionary<string, CronExpression> _jobs;

    public JobPlan(ScheduleSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);

        TimeZone = settings.Zone();
        _jobs = new Dictionary<string, CronExpression>(StringComparer.Ordinal)
        {
            [JobNames.IngestInbox] = Cron(settings.IngestInbox, JobNames.IngestInbox),
            [JobNames.MonthlyDashboard] = Cron(settings.MonthlyDashboard, JobNames.MonthlyDashboard),
            [JobNames.AnnualLkjip] = Cron(settings.AnnualLkjip, JobNames.AnnualLkjip),
            [JobNames.LateReports] = Cron(settings.LateReports, JobNames.LateReports),
        };
    }

    public TimeZoneInfo TimeZone { get; }

    public IReadOnlyCollection<string> Jobs => _jobs.Keys;

    public string CronOf(string job) => _jobs[job].CronExpressionString;

    /// <summary>Every fire time in (from, to], earliest first; jobs due at the same moment in plan order.</summary>
    public IReadOnlyList<(DateTimeOffset At, string Job)> FiresBetween(DateTimeOffset from, DateTimeOffset to) =>
        _jobs.SelectMany(j => Times(j.Value, from, to).Select(t => (t, j.Key)))
            .OrderBy(f => f.t)
            .ThenBy(f => Order(f.Key))
            .Select(f => (f.t, f.Key))
            .ToList();

    /// <summary>The latest fire time of a job after its last run and up to now, if it was missed.</summary>
    public DateTimeOffset? Missed(string job, DateTimeOffset lastRun, DateTimeOffset now) =>
        Times(_jobs[job], lastRun, now).LastOrDefault() is var last && last != default ? last : null;

    private static IEnumerable<DateTimeOffset> Times(CronExpression cron, DateTimeOffset from, DateTimeOffset to)
    {
        for (var next = cron.GetNextValidTimeAfter(from); next is { } at && at <= to; next = cron.GetNextValidTimeAfter(at))
            yield return at;
    }

    private int Order(string job) => _jobs.Keys.ToList().IndexOf(job);

    private CronExpression Cron(string expression, string job)
    {
        if (!CronExpression.TryParse(expression, out _))
            throw new SettingsException($"Jadwal '{expression}' untuk {job} bukan cron Quartz yang valid, misalnya '0 0 6 * * ?'.");

        return new CronExpression(expression, TimeZone);
    }
}
