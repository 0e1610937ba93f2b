namespace SakipAnalytics.Cli.Benchmarking;

/// <summary>What one benchmark run of the whole pipeline measured, stage by stage.</summary>
public sealed record BenchmarkResult
{
    public required string DataFolder { get; init; }

    /// <summary>DuckDB's plain <c>read_csv</c> of the same csv files: the floor the csv ingest is compared to.</summary>
    public required StageMeasure CsvFloor { get; init; }

    public required StageMeasure CsvIngest { get; init; }
    public required StageMeasure XlsxIngest { get; init; }

    /// <summary>Computing capaian and writing every analysis table.</summary>
    public required StageMeasure Analysis { get; init; }

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
