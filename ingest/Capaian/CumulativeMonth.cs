namespace SakipAnalytics.Ingest.Capaian;

/// <summary>One month's line of a cumulative indicator, as stored, with the file it came from.</summary>
internal sealed record CumulativeMonth(
    int FileId, string? Sheet, int Row, string Code, int Month, decimal? ThisMonth, decimal? ToDate, string FileName);
