namespace SakipAnalytics.Model.Analysis.Lkjip;

/// <summary>
/// One indicator's year set against last year and the Renstra end target, as the
/// <c>capaian_tahunan</c> table states it. Last year is the Renstra baseline in the plan's first year.
/// </summary>
public sealed record AnnualComparison
{
    public required string Code { get; init; }
    public required string UnitCode { get; init; }
    public decimal? RealisasiLastYear { get; init; }
    public string? RealisasiLastYearGrade { get; init; }

    /// <summary>"realisasi" or "kondisi awal Renstra".</summary>
    public string? LastYearSource { get; init; }

    public decimal? CapaianLastYear { get; init; }

    /// <summary>This year's realisasi minus last year's.</summary>
    public decimal? Difference { get; init; }

    /// <summary>The difference as a percentage of last year's realisasi.</summary>
    public decimal? ChangePercent { get; init; }

    /// <summary>Whether this year is at least as good as last year, honouring polarity.</summary>
    public bool? Better { get; init; }

    /// <summary>"Hutang kinerja": this year's target minus last year's realisasi.</summary>
    public decimal? HutangKinerja { get; init; }

    public decimal? RenstraEnd { get; init; }
    public string? RenstraEndGrade { get; init; }
    public decimal? CapaianToRenstraEnd { get; init; }
}
