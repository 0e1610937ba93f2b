namespace SakipAnalytics.Model.Analysis;

/// <summary>Office-wide physical and financial progress (%) at the end of one month, from e-Monev.</summary>
public sealed record ProgressPoint(int Month, decimal? Physical, decimal? Financial);
