namespace SakipAnalytics.Cli.Benchmarking;

/// <summary>One measured stage: how long it took over how many files, rows and bytes.</summary>
public sealed record StageMeasure(TimeSpan Elapsed, int Files = 0, long Rows = 0, long Bytes = 0)
{
    public double RowsPerSecond => Elapsed.TotalSeconds == 0 ? 0 : Rows / Elapsed.TotalSeconds;

    public double MegabytesPerSecond => Elapsed.TotalSeconds == 0 ? 0 : Bytes / 1_048_576d / Elapsed.TotalSeconds;
}
