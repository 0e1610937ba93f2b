using SakipAnalytics.Model.Capaian;

namespace SakipAnalytics.Ingest.Capaian;

/// <summary>One indicator line of a capaian report, parsed.</summary>
internal sealed record CapaianLine
{
    public required int Row { get; init; }
    public required string IndicatorCode { get; init; }
    public string? AnnualTargetText { get; init; }
    public string? TargetToDateText { get; init; }
    public Target? TargetToDate { get; init; }
    public decimal? RealisasiMonth { get; init; }
    public string? RealisasiText { get; init; }
    public Realisasi? RealisasiToDate { get; init; }
    public decimal? ReportedCapaian { get; init; }
    public string? Kendala { get; init; }
    public string? TindakLanjut { get; init; }
}
