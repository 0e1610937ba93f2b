namespace SakipAnalytics.Cli.Benchmarking;

/// <summary>What one benchmark run of the whole pipeline measured, stage by stage.</summary>
public sealed record BenchmarkResult
{
    public required string DataFolder { get; init; }

    public required int Offices { get; init; }

    /// <summary>How many offices were processed at once, each in its own store.</summary>
    public required int Workers { get; init; }

    /// <summary>Every file of every office, wall time from the first file to the last.</summary>
    public required StageMeasure Ingest { get; init; }

    /// <summary>The time spent in the csv files, summed over the workers.</summary>
    public required StageMeasure CsvIngest { get; init; }

    /// <summary>DuckDB's plain <c>read_csv</c> of the same csv files one at a time: the floor the csv ingest is compared to.</summary>
    public required StageMeasure CsvFloor { get; init; }

    /// <summary>
    /// Files the ingest rejected: their time is in the figures, their rows are not, so the run
    /// does not measure clean data.
    /// </summary>
    public required int RejectedFiles { get; init; }

    /// <summary>The time spent in the xlsx files, summed over the workers.</summary>
    public required StageMeasure XlsxIngest { get; init; }

    /// <summary>Computing capaian and reading out every analysis table, for every office (wall time).</summary>
    public required StageMeasure Analysis { get; init; }

    /// <summary>Every analysis table as an xlsx workbook, for every office (wall time).</summary>
    public required StageMeasure Workbooks { get; init; }

    /// <summary>The first office's LKjIP draft, dashboard and evaluation.</summary>
    public StageMeasure? Lkjip { get; init; }
    public StageMeasure? Dashboard { get; init; }
    public StageMeasure? Evaluation { get; init; }

    /// <summary>The whole process from start to end of the run.</summary>
    public required TimeSpan Total { get; init; }

    /// <summary>The process's peak working set, the DuckDB engine's native memory included.</summary>
    public required long PeakMemoryBytes { get; init; }

    /// <summary>How many times the plain read_csv the csv ingest took.</summary>
    public double CsvAgainstFloor => CsvFloor.Elapsed.TotalSeconds == 0 ? 0 : CsvIngest.Elapsed / CsvFloor.Elapsed;
}
