using SakipAnalytics.Model.Store;

namespace SakipAnalytics.Cli.Scheduling;

/// <summary>Records each scheduled run in <c>job_run</c>, and tells when a job last ran.</summary>
public sealed class JobRunLog(SakipStore store)
{
    private static readonly string RecordSql = Load("RecordRun");
    private static readonly string LastRunSql = Load("LastRun");

    public void Record(string job, DateTimeOffset? scheduledFor, DateTimeOffset started, DateTimeOffset finished, JobOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);

        store.Execute(
            RecordSql,
            ("job", job),
            ("scheduled_for", scheduledFor?.UtcDateTime),
            ("started_at", started.UtcDateTime),
            ("finished_at", finished.UtcDateTime),
            ("outcome", outcome.Succeeded ? "succeeded" : "failed"),
            ("detail", outcome.Detail),
            ("files", outcome.Files));
    }

    /// <summary>When the job last ran (its scheduled time when it had one), or null if it never did.</summary>
    public DateTimeOffset? LastRun(string job)
    {
        using var command = store.Command(LastRunSql, ("job", job));
        return command.ExecuteScalar() switch
        {
            DateTimeOffset at => at,
            DateTime at => new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)),
            _ => null,
        };
    }

    private static string Load(string name) => SqlScript.Load(typeof(JobRunLog).Assembly, $"Scheduling/Sql/{name}.sql");
}
