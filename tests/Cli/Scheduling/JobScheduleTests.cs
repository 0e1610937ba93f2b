using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SakipAnalytics.Cli.Scheduling;
using SakipAnalytics.Cli.Settings;
using SakipAnalytics.Cli.Tests.Fixtures;
using SakipAnalytics.Model.Store;

namespace SakipAnalytics.Cli.Tests.Scheduling;

public sealed partial class JobScheduleTests : IDisposable
{
    private static readonly TimeSpan Wita = TimeSpan.FromHours(8);
    private readonly string _root = Directory.CreateTempSubdirectory("sakip-schedule-").FullName;
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 1, 0, 0, 0, Wita));
    private readonly SakipSettings _settings;
    private readonly SakipStore _store;

    public JobScheduleTests()
    {
        _settings = new SakipSettings
        {
            OutputFolder = Path.Combine(_root, "out"),
            Schedule = new ScheduleSettings
            {
                Inbox = Path.Combine(_root, "inbox"),
                Archive = Path.Combine(_root, "archive"),
                Rejected = Path.Combine(_root, "rejected"),
            },
        };
        Directory.CreateDirectory(_settings.OutputFolder);
        _store = SakipStore.Open(_settings.DatabasePath);
    }

    [Fact]
    public void November_JobsRunWhenTheirCronSaysInTheOfficesTimeZone()
    {
        DropOctoberFilesInInbox();

        var runs = DriveThrough(new DateTimeOffset(2026, 12, 1, 0, 0, 0, Wita));

        Assert.Equal(30, runs.Count(r => r.Job == JobNames.IngestInbox));
        Assert.All(runs.Where(r => r.Job == JobNames.IngestInbox), r => Assert.Equal(new TimeSpan(6, 0, 0), r.Local.TimeOfDay));
        Assert.Equal([new DateTimeOffset(2026, 11, 11, 7, 0, 0, Wita)], Local(runs, JobNames.MonthlyDashboard));
        Assert.Equal([new DateTimeOffset(2026, 11, 11, 8, 0, 0, Wita)], Local(runs, JobNames.LateReports));
        Assert.Empty(Local(runs, JobNames.AnnualLkjip));
    }

    [Fact]
    public void November_InboxIsLoadedOnceArchivedAndTheOctoberDashboardWritten()
    {
        var dropped = DropOctoberFilesInInbox();

        DriveThrough(new DateTimeOffset(2026, 12, 1, 0, 0, 0, Wita));

        Assert.Empty(Directory.GetFiles(_settings.Schedule.Inbox));
        Assert.Equal(dropped, Directory.GetFiles(Path.Combine(_settings.Schedule.Archive, "2026-11")).Length);
        Assert.True(File.Exists(Path.Combine(_settings.OutputFolder, "dashboard", "2026-10", "index.html")));
        Assert.Equal("semua unit sudah melapor Oktober 2026", Detail(JobNames.LateReports));
    }

    [Fact]
    public void CatchUp_AfterTheMachineWasOff_RunsEachMissedJobOnce()
    {
        var steps = Steps();
        steps.Run(JobNames.IngestInbox, new DateTimeOffset(2026, 11, 30, 6, 0, 0, Wita));
        _clock.SetUtcNow(new DateTimeOffset(2026, 12, 3, 10, 0, 0, Wita));

        new SakipScheduler(Plan(), steps, _clock, NullLogger<SakipScheduler>.Instance).CatchUp();

        var scheduled = _store.Scalar<DateTime>("SELECT max(scheduled_for) FROM job_run WHERE job_name = 'ingest-inbox'");
        Assert.Equal(2, _store.Scalar<long>("SELECT count(*) FROM job_run"));
        Assert.Equal(new DateTime(2026, 12, 2, 22, 0, 0), scheduled);
    }

    [Fact]
    public void IngestInbox_SameRejectedNameTwice_KeepsBothFilesEachBesideItsReport()
    {
        var steps = Steps();
        Directory.CreateDirectory(_settings.Schedule.Inbox);
        var inbox = Path.Combine(_settings.Schedule.Inbox, "laporan.csv");
        File.WriteAllText(inbox, "bukan laporan\n1;2\n");
        steps.Run(JobNames.IngestInbox, null);
        File.WriteAllText(inbox, "juga bukan laporan\n3;4\n");

        steps.Run(JobNames.IngestInbox, null);

        var kept = Directory.GetFiles(_settings.Schedule.Rejected).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(["laporan (2).csv", "laporan (2).csv.html", "laporan.csv", "laporan.csv.html"], kept);
        Assert.Empty(Directory.GetFiles(_settings.Schedule.Inbox));
    }

    public void Dispose()
    {
        _store.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    private List<(string Job, DateTimeOffset Local)> DriveThrough(DateTimeOffset end)
    {
        var steps = Steps();
        var fires = Plan().FiresBetween(_clock.GetUtcNow(), end);
        foreach (var (at, job) in fires)
        {
            _clock.SetUtcNow(at);
            steps.Run(job, at);
        }

        return fires.Select(f => (f.Job, f.At.ToOffset(Wita))).ToList();
    }

    private static List<DateTimeOffset> Local(List<(string Job, DateTimeOffset Local)> runs, string job) =>
        runs.Where(r => r.Job == job).Select(r => r.Local).ToList();

    private string Detail(string job) =>
        _store.Scalar<string>("SELECT detail FROM job_run WHERE job_name = $job", ("job", job))!;

    private JobPlan Plan() => new(_settings.Schedule);

    private JobSteps Steps() => new(_store, _settings, _clock, NullLoggerFactory.Instance);

    private int DropOctoberFilesInInbox()
    {
        Directory.CreateDirectory(_settings.Schedule.Inbox);
        var files = Directory.GetFiles(RepositoryData.Folder, "*", SearchOption.AllDirectories)
            .Where(p => October().IsMatch(Path.GetFileName(p)) || p.Contains("referensi", StringComparison.Ordinal))
            .ToList();
        foreach (var file in files)
            File.Copy(file, Path.Combine(_settings.Schedule.Inbox, Path.GetFileName(file)));
        return files.Count;
    }

    [GeneratedRegex(@"(10.2026|2026.?10|oktober 2026)", RegexOptions.IgnoreCase)]
    private static partial Regex October();
}
