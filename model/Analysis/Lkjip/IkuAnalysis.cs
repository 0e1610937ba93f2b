namespace SakipAnalytics.Model.Analysis.Lkjip;

/// <summary>Everything Bab III compares one indicator's year with, read from the computed tables.</summary>
public sealed record IkuAnalysis
{
    public required string Code { get; init; }
    public AnnualComparison? Annual { get; init; }
    public IReadOnlyList<SeriesYear> Series { get; init; } = [];
    public IReadOnlyList<ComparatorResult> Comparators { get; init; } = [];
    public EfficiencyFigures? Efficiency { get; init; }

    /// <summary>The program and activity indicators under it (depth 1 and 2), in cascade order.</summary>
    public IReadOnlyList<CascadeLine> Cascade { get; init; } = [];
}
