using SakipAnalytics.Model.Capaian;

namespace SakipAnalytics.Model.Analysis;

/// <summary>
/// One indicator's standing for a period (a month to date, or a whole year when Month is 12
/// of a closed year): its target, realisasi and capaian, with the comparisons Bab III needs.
/// </summary>
public sealed record IndicatorResult
{
    public required string Code { get; init; }
    public required string Name { get; init; }
    public required string Satuan { get; init; }
    public required Polarity Polarity { get; init; }
    public required string Jenis { get; init; }
    public required string SasaranCode { get; init; }
    public required string SasaranName { get; init; }
    public required string UnitCode { get; init; }
    public required int Year { get; init; }
    public required int Month { get; init; }

    /// <summary>The target the capaian was computed against (to date for a month).</summary>
    public required Target? Target { get; init; }

    /// <summary>The year's PK target, and which PK version it came from (Murni or Perubahan).</summary>
    public required Target? AnnualTarget { get; init; }
    public required string TargetVersion { get; init; }

    public required Realisasi? Realisasi { get; init; }
    public required CapaianResult Capaian { get; init; }

    /// <summary>The unit's own capaian figure, kept to show disagreements.</summary>
    public decimal? ReportedCapaian { get; init; }

    public Realisasi? RealisasiLastYear { get; init; }
    public Target? RenstraEndTarget { get; init; }

    /// <summary>The indicator this one is cascaded from (a unit indicator's IKU), as the reference gives it.</summary>
    public string? ParentCode { get; init; }
    public string? Kendala { get; init; }
    public string? TindakLanjut { get; init; }
    public required SourceRef Source { get; init; }
}
