namespace SakipAnalytics.Model.Analysis.Lkjip;

/// <summary>An indicator's realisasi beside one comparator of the reference workbook (<c>pembanding</c>).</summary>
public sealed record ComparatorResult
{
    public required string Code { get; init; }

    /// <summary>Target RPJMD, Standar Pelayanan Minimal or Instansi sejenis.</summary>
    public required string Kind { get; init; }

    public required string Name { get; init; }
    public decimal? Value { get; init; }
    public string? ValueText { get; init; }
    public string? Source { get; init; }
    public decimal? Realisasi { get; init; }
    public decimal? Difference { get; init; }
    public bool? AtLeastAsGood { get; init; }
}
