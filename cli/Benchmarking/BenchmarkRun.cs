using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using SakipAnalytics.Cli.Settings;

namespace SakipAnalytics.Cli.Benchmarking;

/// <summary>
/// Runs the whole pipeline on a data folder of one office or many and measures each stage: every
/// office is ingested and analysed into its own fresh temporary store, as many at once as there
/// are cores; csv and xlsx ingest are timed apart and the csv compared with a plain DuckDB
/// read_csv of the same files; the first office's LKjIP, dashboard and evaluation are timed; the
/// process's peak memory is read at the end. Nothing is kept.
/// </summary>
internal sealed class BenchmarkRun(SakipSettings settings, TimeProvider clock, ILoggerFactory logging)
{
    private static readonly int Workers = Environment.ProcessorCount;

    public BenchmarkResult Run(string dataFolder)
    {
        var started = Stopwatch.GetTimestamp();
        var work = Directory.CreateTempSubdirectory("sakip-benchmark-").FullName;
        try
        {
            var offices = OfficeFolders.In(dataFolder).Select((folder, i) => Office(folder, work, i)).ToList();
            return Measure(dataFolder, offices) with
            {
                Total = Stopwatch.GetElapsedTime(started),
                PeakMemoryBytes = Process.GetCurrentProcess().PeakWorkingSet64,
            };
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private OfficeRun Office(string folder, string work, int index)
    {
        var output = Directory.CreateDirectory(Path.Combine(work, index.ToString("0000", CultureInfo.InvariantCulture)));
        return new OfficeRun(folder, settings with { DataFolder = folder, OutputFolder = output.FullName });
    }

    private BenchmarkResult Measure(string dataFolder, List<OfficeRun> offices)
    {
        var stages = new OfficeStages(clock, logging);
        var (ingested, ingestWall) = StageTimer.Time(() => InParallel(offices, stages.Ingest));
        var (_, analysisWall) = StageTimer.Time(() => InParallel(offices, stages.Analyse));
        var (_, workbooksWall) = StageTimer.Time(() => InParallel(offices, stages.Workbooks));
        var csv = StageMeasure.Sum(ingested.Select(i => i.Csv));
        var xlsx = StageMeasure.Sum(ingested.Select(i => i.Xlsx));
        var outputs = stages.Outputs(offices[0]);
        return new BenchmarkResult
        {
            DataFolder = dataFolder,
            Offices = offices.Count,
            Workers = Math.Min(Workers, offices.Count),
            Ingest = StageMeasure.Sum([csv, xlsx]) with { Elapsed = ingestWall },
            CsvIngest = csv,
            XlsxIngest = xlsx,
            RejectedFiles = ingested.Sum(i => i.Rejected),
            CsvFloor = StageMeasure.Sum(InParallel(offices, OfficeStages.Floor)),
            Analysis = new StageMeasure(analysisWall),
            Workbooks = new StageMeasure(workbooksWall),
            Lkjip = outputs.Lkjip,
            Dashboard = outputs.Dashboard,
            Evaluation = outputs.Evaluation,
            Total = TimeSpan.Zero,
            PeakMemoryBytes = 0,
        };
    }

    /// <summary>A stage for every office, as many offices at once as there are cores.</summary>
    private static List<T> InParallel<T>(List<OfficeRun> offices, Func<OfficeRun, T> stage) =>
        [.. offices.AsParallel().AsOrdered().WithDegreeOfParallelism(Workers).Select(stage)];
}
