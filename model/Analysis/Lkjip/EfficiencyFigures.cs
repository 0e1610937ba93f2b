namespace SakipAnalytics.Model.Analysis.Lkjip;

/// <summary>
/// The spending mapped to one indicator and every efficiency reading of it, as the
/// <c>efisiensi</c> table states them; <see cref="Primary"/> is the reading the settings put first.
/// </summary>
public sealed record EfficiencyFigures
{
    public required string Code { get; init; }
    public required string UnitCode { get; init; }
    public decimal? Pagu { get; init; }
    public decimal? Spent { get; init; }
    public decimal? Absorption { get; init; }
    public decimal? Capaian { get; init; }

    /// <summary>100 − absorption, only where the target was met.</summary>
    public decimal? UnspentShare { get; init; }

    /// <summary>Capaian minus absorption, with its category (efisien, cukup efisien, tidak efisien).</summary>
    public decimal? Gap { get; init; }
    public string? GapCategory { get; init; }

    public decimal? Ratio { get; init; }
    public decimal? CostPerOutput { get; init; }
    public decimal? CostLastYear { get; init; }
    public decimal? CostChange { get; init; }
    public required string Primary { get; init; }
    public decimal? PrimaryValue { get; init; }
}
