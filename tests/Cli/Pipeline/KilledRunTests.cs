using System.Diagnostics;
using SakipAnalytics.Cli.Tests.Fixtures;
using SakipAnalytics.Model.Store;

namespace SakipAnalytics.Cli.Tests.Pipeline;

public sealed class KilledRunTests : IDisposable
{
    private readonly string _output = Directory.CreateTempSubdirectory("sakip-killed-").FullName;

    [Fact]
    public async Task Run_KilledInTheMiddleOfTheLoad_LeavesEveryFileWholeOrAbsent()
    {
        using var child = StartRun();
        await WaitForSomeFilesLoaded();

        child.Kill(entireProcessTree: true);
        await child.WaitForExitAsync();

        using var store = SakipStore.Open(Path.Combine(_output, "sakip.duckdb"));
        const string Unfinished = "SELECT count(*) FROM source_file WHERE status NOT IN ('loaded', 'superseded', 'rejected')";
        Assert.Equal(0, store.Scalar<long>(Unfinished));
        Assert.Equal(0, store.Scalar<long>(PartialFiles));
        var loaded = store.Scalar<long>("SELECT count(*) FROM source_file WHERE status = 'loaded'");
        Assert.InRange(loaded, 1, Ingest.Loading.FolderIngest.Candidates(RepositoryData.Folder).Count - 1);
    }

    public void Dispose() => Directory.Delete(_output, recursive: true);

    /// <summary>Loaded files whose stored fact rows differ from the rows recorded for them.</summary>
    private const string PartialFiles = """
        SELECT count(*) FROM source_file f
        WHERE f.status = 'loaded' AND f.kind <> 'referensi' AND f.row_count <> (
            (SELECT count(*) FROM capaian_report x WHERE x.file_id = f.file_id)
            + (SELECT count(*) FROM lra_line x WHERE x.file_id = f.file_id)
            + (SELECT count(*) FROM emonev_line x WHERE x.file_id = f.file_id)
            + (SELECT count(*) FROM lke_row x WHERE x.file_id = f.file_id))
        """;

    private Process StartRun()
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "sakip.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { cli, "run", "--data", RepositoryData.Folder, "--out", _output },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        return Process.Start(start)!;
    }

    // The database is locked while the child runs, so progress is read from the size of its write-ahead log.
    private async Task WaitForSomeFilesLoaded()
    {
        var wal = Path.Combine(_output, "sakip.duckdb.wal");
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && (!File.Exists(wal) || new FileInfo(wal).Length < 200_000))
            await Task.Delay(50);
    }
}
