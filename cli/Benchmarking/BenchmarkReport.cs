using System.Globalization;

namespace SakipAnalytics.Cli.Benchmarking;

/// <summary>The benchmark's figures as a Markdown table, for the console and for docs/benchmarks.md.</summary>
internal static class BenchmarkReport
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Write(BenchmarkResult result, TextWriter output)
    {
        output.WriteLine($"Data: {result.DataFolder}; {Environment.ProcessorCount} cores; .NET {Environment.Version}");
        output.WriteLine("| stage | files | rows | MB | seconds | rows/s | MB/s |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        Row(output, "ingest csv", result.CsvIngest);
        Row(output, "DuckDB read_csv of the same csv (floor)", result.CsvFloor);
        Row(output, "ingest xlsx", result.XlsxIngest);
        Row(output, "analysis (capaian and every table)", result.Analysis);
        Row(output, "LKjIP draft", result.Lkjip);
        Row(output, "dashboard of the latest month", result.Dashboard);
        Row(output, "LKE evaluation", result.Evaluation);
        output.WriteLine($"csv ingest / floor: {result.CsvAgainstFloor.ToString("0.0", Invariant)}x; "
            + $"whole run {result.Total.TotalSeconds.ToString("0.0", Invariant)} s; "
            + $"peak memory {(result.PeakMemoryBytes / 1_048_576d).ToString("0", Invariant)} MB");
    }

    private static void Row(TextWriter output, string stage, StageMeasure? measure)
    {
        string[] cells = measure switch
        {
            null => ["", "", "", "not run (no data for it)", "", ""],
            { Files: 0 } => ["", "", "", Seconds(measure), "", ""],
            _ =>
            [
                measure.Files.ToString(Invariant), measure.Rows.ToString(Invariant), Megabytes(measure.Bytes), Seconds(measure),
                measure.RowsPerSecond.ToString("0", Invariant), measure.MegabytesPerSecond.ToString("0.00", Invariant),
            ],
        };
        output.WriteLine($"| {stage} | {string.Join(" | ", cells)} |");
    }

    private static string Megabytes(long bytes) => (bytes / 1_048_576d).ToString("0.00", Invariant);

    private static string Seconds(StageMeasure measure) => measure.Elapsed.TotalSeconds.ToString("0.000", Invariant);
}
