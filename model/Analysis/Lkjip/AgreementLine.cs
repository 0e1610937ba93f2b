namespace SakipAnalytics.Model.Analysis.Lkjip;

/// <summary>
/// One indicator of the year's Perjanjian Kinerja: the PK Murni target, the PK Perubahan target
/// and its date where the agreement was revised, and the indicative budget behind it. Targets are
/// as the report prints them (20,5; 80–90; BB).
/// </summary>
public sealed record AgreementLine
{
    public required string Code { get; init; }
    public required string Name { get; init; }
    public required string Satuan { get; init; }
    public required string SasaranCode { get; init; }
    public required string SasaranName { get; init; }
    public string? MurniTarget { get; init; }
    public string? RevisedTarget { get; init; }
    public DateOnly? RevisedFrom { get; init; }

    /// <summary>Every PK Perubahan of the year in order; the last is <see cref="RevisedTarget"/>.</summary>
    public IReadOnlyList<PkRevision> Revisions { get; init; } = [];

    public decimal? PaguIndikatif { get; init; }
}
