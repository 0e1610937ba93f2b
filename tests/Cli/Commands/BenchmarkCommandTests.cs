using Microsoft.Extensions.Logging.Abstractions;
using SakipAnalytics.Cli.Commands;
using SakipAnalytics.Cli.Tests.Fixtures;

namespace SakipAnalytics.Cli.Tests.Commands;

/// <summary>The benchmark runs the whole pipeline on a folder and reports every stage; its timings are not asserted.</summary>
public sealed class BenchmarkCommandTests : IDisposable
{
    private readonly string _offices = Directory.CreateTempSubdirectory("sakip-offices-").FullName;

    [Fact]
    public void Benchmark_BundledData_CountsTheFilesAndRowsOfEachFormatAndRunsEveryStage()
    {
        var (code, output) = Benchmark(RepositoryData.Folder);

        var rows = TableRows(output);
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("; 1 office, 1 at once;", output, StringComparison.Ordinal);
        Assert.Contains(rows, r => r.StartsWith("| ingest csv (time in the files) | 72 | 2256 | ", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("| DuckDB read_csv of the same csv (floor) | 72 | ", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("| ingest xlsx (time in the files) | 242 | ", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, r => r.Contains("not run", StringComparison.Ordinal));
        Assert.Matches(@"csv ingest / floor: \d+\.\dx; whole run \d+\.\d s; peak memory \d+ MiB", output);
    }

    [Fact]
    public void Benchmark_FolderOfTwoOffices_LoadsEachIntoItsOwnStore()
    {
        Directory.CreateSymbolicLink(Path.Combine(_offices, "kantor-001"), RepositoryData.Folder);
        Directory.CreateSymbolicLink(Path.Combine(_offices, "kantor-002"), RepositoryData.Folder);

        var (code, output) = Benchmark(_offices);

        // The same bytes twice: one store would have skipped the second office's files as already loaded.
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("; 2 offices, ", output, StringComparison.Ordinal);
        Assert.Contains(TableRows(output), r => r.StartsWith("| ingest csv (time in the files) | 144 | 4512 | ", StringComparison.Ordinal));
    }

    [Fact]
    public void Benchmark_OfficeWithABrokenFile_WarnsThatTheFiguresAreNotOfCleanDataAndFails()
    {
        var office = Directory.CreateDirectory(Path.Combine(_offices, "kantor-001")).FullName;
        foreach (var kind in new[] { "referensi", "anggaran", "capaian", "emonev", "lke" })
            Directory.CreateSymbolicLink(Path.Combine(office, kind), Path.Combine(RepositoryData.Folder, kind));
        File.WriteAllBytes(Path.Combine(office, "Capaian Rusak Maret 2026.xlsx"), [0x50, 0x4B, 0x03, 0x04, 0x00, 0x01]);

        var (code, output) = Benchmark(_offices);

        Assert.Equal(ExitCodes.Failed, code);
        Assert.Contains("Peringatan: 1 berkas ditolak", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Benchmark_FolderWithoutOffices_SaysWhatItExpected()
    {
        var (code, output) = Benchmark(_offices);

        Assert.NotEqual(ExitCodes.Success, code);
        Assert.Contains("tidak memuat data satu kantor", output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        // Unlink the offices first: a recursive delete must never reach the bundled data behind them.
        var links = Directory.GetDirectories(_offices, "*", SearchOption.AllDirectories)
            .Where(d => new DirectoryInfo(d).LinkTarget is not null);
        foreach (var link in links)
            Directory.Delete(link);

        Directory.Delete(_offices, recursive: true);
    }

    private static (int Code, string Output) Benchmark(string data)
    {
        var output = new StringWriter();
        var code = SakipCommandLine.Build(NullLoggerFactory.Instance, output).Parse(["benchmark", "--data", data]).Invoke();
        return (code, output.ToString());
    }

    private static List<string> TableRows(string output) =>
        [.. output.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal))];
}
