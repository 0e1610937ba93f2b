using SakipAnalytics.Model.Capaian;

namespace SakipAnalytics.Model.Analysis.Lkjip;

/// <summary>One year of an indicator's series from the Renstra baseline (<c>seri_renstra</c>).</summary>
public sealed record SeriesYear
{
    public required string Code { get; init; }
    public required int Year { get; init; }
    public decimal? Baseline { get; init; }
    public string? BaselineGrade { get; init; }
    public decimal? RenstraTarget { get; init; }
    /// <summary>The upper bound when the Renstra target is a range; <see cref="RenstraTarget"/> is its lower bound.</summary>
    public decimal? RenstraTargetHigh { get; init; }
    public string? RenstraTargetGrade { get; init; }
    public decimal? PkTarget { get; init; }
    /// <summary>The upper bound when the PK target is a range.</summary>
    public decimal? PkTargetHigh { get; init; }
    public string? PkTargetGrade { get; init; }

    /// <summary>The Renstra target as the report prints it: a figure, a range or a predikat.</summary>
    public Target? Renstra => SeriesTarget.Of(RenstraTarget, RenstraTargetHigh, RenstraTargetGrade);

    /// <summary>The PK target in force at year end as the report prints it.</summary>
    public Target? Pk => SeriesTarget.Of(PkTarget, PkTargetHigh, PkTargetGrade);
    public string? PkVersion { get; init; }
    public decimal? Realisasi { get; init; }
    public string? RealisasiGrade { get; init; }
    public decimal? Capaian { get; init; }
    public string? Band { get; init; }
}
