namespace SakipAnalytics.Model.Capaian;

/// <summary>One reported indicator line with the reference targets that apply to it.</summary>
public sealed record CapaianInput
{
    public required string IndicatorCode { get; init; }
    public required string UnitCode { get; init; }
    public required int Year { get; init; }
    public required int Month { get; init; }
    public required Polarity Polarity { get; init; }
    public required MonthlyAggregation Aggregation { get; init; }
    public Target? PkTarget { get; init; }
    public bool PkRevised { get; init; }
    public decimal? MurniLow { get; init; }
    public Target? RencanaAksi { get; init; }

    /// <summary>The December figure of the rencana aksi: the year end it was planned for.</summary>
    public decimal? RencanaAksiYearEnd { get; init; }

    public Target? FileTarget { get; init; }
    public Realisasi? Realisasi { get; init; }
    public Target? RenstraEnd { get; init; }
    public decimal? ReportedCapaian { get; init; }
    public required int FileId { get; init; }
    public required int SourceRow { get; init; }
}
