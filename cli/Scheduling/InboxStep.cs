using Microsoft.Extensions.Logging;
using SakipAnalytics.Cli.Pipeline;
using SakipAnalytics.Cli.Settings;
using SakipAnalytics.Ingest.Loading;
using SakipAnalytics.Ingest.Rejection;
using SakipAnalytics.Model.Capaian;
using SakipAnalytics.Model.Store;

namespace SakipAnalytics.Cli.Scheduling;

/// <summary>
/// Loads what arrived in the inbox, then clears it without deleting anything: loaded files move to
/// <c>archive/&lt;yyyy-mm&gt;/</c>, rejected ones to <c>rejected/</c> beside their report.
/// </summary>
public static class InboxStep
{
    public static JobOutcome Run(
        SakipStore store, SakipSettings settings, TimeProvider clock, TimeZoneInfo office, ILoggerFactory logging)
    {
        ArgumentNullException.ThrowIfNull(settings);

        var schedule = settings.Schedule;
        Directory.CreateDirectory(schedule.Inbox);
        var report = IngestStep.Create(store, clock, logging).Run(schedule.Inbox);
        CapaianComputation.Rebuild(store);

        var now = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), office);
        var archive = Path.Combine(schedule.Archive, now.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));
        foreach (var file in report.Files)
            Shelve(file, archive, schedule.Rejected, now);

        return JobOutcome.Done($"{report.Loaded} dimuat, {report.AlreadyLoaded} sudah ada, {report.Rejected} ditolak", report.Read);
    }

    private static void Shelve(FileOutcome file, string archive, string rejected, DateTimeOffset now)
    {
        if (file.Status != LoadStatus.Rejected)
        {
            MoveKeeping(file.Path, archive);
            return;
        }

        var kept = MoveKeeping(file.Path, rejected);
        RejectionReport.Write(file, rejected, now, kept is null ? null : Path.GetFileName(kept));
    }

    /// <summary>Moves a file into a folder; a name already there gets a number, so nothing is overwritten.</summary>
    private static string? MoveKeeping(string path, string folder)
    {
        if (!File.Exists(path))
            return null;

        Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, Path.GetFileName(path));
        for (var n = 2; File.Exists(target); n++)
            target = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(path)} ({n}){Path.GetExtension(path)}");
        File.Move(path, target);
        return target;
    }
}
