namespace SakipAnalytics.Cli.Benchmarking;

/// <summary>One measured stage: how long it took over how many files, rows and bytes.</summary>
public sealed record StageMeasure(TimeSpan Elapsed, int Files = 0, long Rows = 0, long Bytes = 0)
{
    public double RowsPerSecond => Elapsed.TotalSeconds == 0 ? 0 : Rows / Elapsed.TotalSeconds;

    public double MegabytesPerSecond => Elapsed.TotalSeconds == 0 ? 0 : Bytes / 1_048_576d / Elapsed.TotalSeconds;

    /// <summary>Parts measured apart (offices, formats) added up: times, files, rows and bytes.</summary>
    public static StageMeasure Sum(IEnumerable<StageMeasure> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);

        return parts.Aggregate(
            new StageMeasure(TimeSpan.Zero),
            (total, part) => new StageMeasure(
                total.Elapsed + part.Elapsed, total.Files + part.Files, total.Rows + part.Rows, total.Bytes + part.Bytes));
    }
}
