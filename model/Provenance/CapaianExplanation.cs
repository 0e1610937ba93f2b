namespace SakipAnalytics.Model.Provenance;

/// <summary>One capaian figure walked back to its inputs, formula and source rows.</summary>
public sealed record CapaianExplanation
{
    public required string IndicatorCode { get; init; }
    public required string IndicatorName { get; init; }
    public required string Satuan { get; init; }
    public required string Polarity { get; init; }
    public required string Aggregation { get; init; }
    public required string UnitCode { get; init; }
    public required int Year { get; init; }
    public required int Month { get; init; }
    public string? Target { get; init; }
    public required Capaian.TargetKind TargetKind { get; init; }
    public string? AnnualTarget { get; init; }
    public required string TargetSource { get; init; }
    public decimal? Realisasi { get; init; }
    public string? RealisasiGrade { get; init; }
    public decimal? Capaian { get; init; }
    public string? NotComputable { get; init; }
    public decimal? ReportedCapaian { get; init; }
    public required string SourceFile { get; init; }
    public string? SourceSheet { get; init; }
    public required int SourceRow { get; init; }
    public required string SourceSha256 { get; init; }
    public string? PkSource { get; init; }
    public string? RencanaAksiSource { get; init; }
}
