using System.Globalization;

namespace SakipAnalytics.Cli.Benchmarking;

/// <summary>The benchmark's figures as a Markdown table, for the console and for docs/benchmarks.md.</summary>
internal static class BenchmarkReport
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Write(BenchmarkResult result, TextWriter output)
    {
        var offices = result.Offices == 1 ? "1 office" : $"{result.Offices} offices";
        output.WriteLine(string.Create(Invariant, $"Data: {result.DataFolder}; {offices}, {result.Workers} at once; "
            + $"{Environment.ProcessorCount} cores; .NET {Environment.Version}"));
        output.WriteLine("| stage | files | rows | MiB | seconds | rows/s | MiB/s |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        Row(output, "ingest, every file (wall)", result.Ingest);
        Row(output, "ingest csv (time in the files)", result.CsvIngest);
        Row(output, "DuckDB read_csv of the same csv (floor)", result.CsvFloor);
        Row(output, "ingest xlsx (time in the files)", result.XlsxIngest);
        Row(output, "analysis: capaian and every table, every office (wall)", result.Analysis);
        Row(output, "every table as xlsx, every office (wall)", result.Workbooks);
        Row(output, "LKjIP draft of the first office", result.Lkjip);
        Row(output, "dashboard of the first office's latest month", result.Dashboard);
        Row(output, "LKE evaluation of the first office", result.Evaluation);
        var ratio = result.CsvFloor.Files == 0 ? "no csv" : result.CsvAgainstFloor.ToString("0.0", Invariant) + "x";
        output.WriteLine($"csv ingest / floor: {ratio}; "
            + $"whole run {result.Total.TotalSeconds.ToString("0.0", Invariant)} s; "
            + $"peak memory {(result.PeakMemoryBytes / 1_048_576d).ToString("0", Invariant)} MiB");
        if (result.RejectedFiles > 0)
        {
            output.WriteLine($"Peringatan: {result.RejectedFiles} berkas ditolak; angka di atas tidak mengukur data yang bersih "
                + "(sakip run pada folder itu menunjukkan sebabnya).");
        }
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
