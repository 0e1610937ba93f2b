namespace SakipAnalytics.Model.Analysis;

/// <summary>
/// Office-wide physical and financial progress (%) at the end of one month, from the e-Monev file
/// named, with the pagu and spending the financial progress divides.
/// </summary>
public sealed record ProgressPoint(
    int Month, decimal? Physical, decimal? Financial, string? SourceFile = null, decimal Pagu = 0, decimal Spent = 0);
