namespace SakipAnalytics.Model.Analysis.Lkjip;

/// <summary>One year of an indicator's series from the Renstra baseline (<c>seri_renstra</c>).</summary>
public sealed record SeriesYear
{
    public required string Code { get; init; }
    public required int Year { get; init; }
    public decimal? Baseline { get; init; }
    public string? BaselineGrade { get; init; }
    public decimal? RenstraTarget { get; init; }
    public string? RenstraTargetGrade { get; init; }
    public decimal? PkTarget { get; init; }
    public string? PkTargetGrade { get; init; }
    public string? PkVersion { get; init; }
    public decimal? Realisasi { get; init; }
    public string? RealisasiGrade { get; init; }
    public decimal? Capaian { get; init; }
    public string? Band { get; init; }
}
