namespace SakipAnalytics.Ingest.Loading;

/// <summary>What one ingest run did with each file it was offered.</summary>
public sealed record IngestReport(IReadOnlyList<FileOutcome> Files, TimeSpan Elapsed)
{
    public int Read => Files.Count;

    public int Loaded => Files.Count(f => f.Status is LoadStatus.Loaded or LoadStatus.Corrected);

    public int Corrected => Files.Count(f => f.Status == LoadStatus.Corrected);

    public int AlreadyLoaded => Files.Count(f => f.Status == LoadStatus.AlreadyLoaded);

    public int Rejected => Files.Count(f => f.Status == LoadStatus.Rejected);

    public int Warnings => Files.Sum(f => f.WarningCount);
}
