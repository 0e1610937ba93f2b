using System.Diagnostics;
using Microsoft.Extensions.Logging;
using SakipAnalytics.Cli.Pipeline;
using SakipAnalytics.Cli.Settings;
using SakipAnalytics.Ingest.Loading;
using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Capaian;
using SakipAnalytics.Model.Evaluation;
using SakipAnalytics.Model.Store;

namespace SakipAnalytics.Cli.Benchmarking;

/// <summary>
/// Runs the whole pipeline on a data folder into a fresh temporary store and measures each stage:
/// csv and xlsx ingest apart, the plain DuckDB read_csv floor on the same csv files, analysis, the
/// LKjIP, the dashboard and the evaluation, and the process's peak memory. Nothing is kept.
/// </summary>
internal sealed class BenchmarkRun(SakipSettings settings, TimeProvider clock, ILoggerFactory logging)
{
    public BenchmarkResult Run(string dataFolder)
    {
        var started = Stopwatch.GetTimestamp();
        var output = Directory.CreateTempSubdirectory("sakip-benchmark-").FullName;
        try
        {
            return Measure(dataFolder, settings with { DataFolder = dataFolder, OutputFolder = output }) with
            {
                Total = Stopwatch.GetElapsedTime(started),
                PeakMemoryBytes = Process.GetCurrentProcess().PeakWorkingSet64,
            };
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    private BenchmarkResult Measure(string dataFolder, SakipSettings run)
    {
        using var store = SakipStore.Open(run.DatabasePath);
        var ingest = IngestStep.Create(store, clock, logging).Run(dataFolder);
        var csv = ingest.Files.Where(f => IsCsv(f.Path)).ToList();

        var analysis = Timed(() => Analyse(store, run));
        var periods = new ResultQueries(store).Periods();
        return new BenchmarkResult
        {
            DataFolder = dataFolder,
            CsvIngest = Ingested(csv),
            XlsxIngest = Ingested([.. ingest.Files.Where(f => !IsCsv(f.Path))]),
            CsvFloor = CsvFloor.Measure([.. csv.Select(f => f.Path)]),
            Analysis = analysis,
            Lkjip = periods.LatestClosedYear is { } year ? Timed(() => OutputSteps.Lkjip(store, run, clock, year)) : null,
            Dashboard = periods.LatestYear is { } y && periods.LatestMonth is { } m
                ? Timed(() => OutputSteps.Dashboard(store, run, y, m))
                : null,
            Evaluation = new LkeQueries(store).Years() is [var lke, ..]
                ? Timed(() => OutputSteps.Evaluation(store, run, clock, lke))
                : null,
            Total = TimeSpan.Zero,
            PeakMemoryBytes = 0,
        };
    }

    private void Analyse(SakipStore store, SakipSettings run)
    {
        CapaianComputation.Rebuild(store);
        OutputSteps.Tables(store, run, clock, new ResultQueries(store).Periods());
    }

    private static StageMeasure Ingested(List<FileOutcome> files) => new(
        TimeSpan.FromTicks(files.Sum(f => f.Elapsed.Ticks)), files.Count, files.Sum(f => (long)f.Rows),
        files.Sum(f => new FileInfo(f.Path).Length));

    private static StageMeasure Timed(Action stage)
    {
        var started = Stopwatch.GetTimestamp();
        stage();
        return new StageMeasure(Stopwatch.GetElapsedTime(started));
    }

    private static StageMeasure Timed<T>(Func<T> stage) => Timed(() => { stage(); });

    private static bool IsCsv(string path) => Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase);
}
