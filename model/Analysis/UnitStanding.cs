namespace SakipAnalytics.Model.Analysis;

/// <summary>One unit's month: its indicators, budget absorption and rank among the units.</summary>
public sealed record UnitStanding
{
    public required string UnitCode { get; init; }
    public required string UnitName { get; init; }
    public required int IndicatorCount { get; init; }
    public required int OnTrack { get; init; }
    public required decimal? MeanCapaian { get; init; }

    /// <summary>The displayed capaian of each computable indicator: the figures <see cref="MeanCapaian"/> averages.</summary>
    public IReadOnlyList<decimal> CapaianShown { get; init; } = [];

    public required decimal Pagu { get; init; }
    public required decimal Realisasi { get; init; }

    /// <summary>1 for the highest mean capaian; units without a report this month come last.</summary>
    public required int Rank { get; init; }

    /// <summary>The capaian file of the month, or null when the unit has not reported.</summary>
    public required string? SourceFile { get; init; }

    /// <summary>When the month's report arrived against its deadline, and its corrections; null when not known.</summary>
    public ReportTimeliness? Timeliness { get; init; }

    public decimal? Absorption => Pagu == 0 ? null : Realisasi / Pagu * 100m;
}
