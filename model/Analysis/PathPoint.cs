namespace SakipAnalytics.Model.Analysis;

/// <summary>
/// One month of an indicator's path: the target and the realisasi to date at its end, the row the
/// realisasi comes from and which agreement the target comes from (a <see cref="Capaian.TargetSource"/>).
/// </summary>
public sealed record PathPoint(
    int Year, int Month, decimal? Target, decimal? Realisasi, SourceRef? Source = null, string? TargetSource = null);
