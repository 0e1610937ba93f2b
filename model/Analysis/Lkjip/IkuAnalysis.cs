namespace SakipAnalytics.Model.Analysis.Lkjip;

/// <summary>Everything Bab III compares one indicator's year with, read from the computed tables.</summary>
public sealed record IkuAnalysis
{
    public required string Code { get; init; }
    public AnnualComparison? Annual { get; init; }
    /// <summary>Every year of the Renstra period from its baseline, including years after the report's.</summary>
    public IReadOnlyList<SeriesYear> Series { get; init; } = [];
    public IReadOnlyList<ComparatorResult> Comparators { get; init; } = [];
    public EfficiencyFigures? Efficiency { get; init; }

    /// <summary>The program and activity indicators under it (depth 1 and 2), in cascade order.</summary>
    public IReadOnlyList<CascadeLine> Cascade { get; init; } = [];
}
