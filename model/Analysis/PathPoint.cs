namespace SakipAnalytics.Model.Analysis;

/// <summary>One month of an indicator's path: the target and the realisasi to date at its end.</summary>
public sealed record PathPoint(int Year, int Month, decimal? Target, decimal? Realisasi);
