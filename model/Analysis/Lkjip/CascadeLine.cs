namespace SakipAnalytics.Model.Analysis.Lkjip;

/// <summary>
/// One indicator of an IKU's cascade (<c>kaskade</c>): the IKU itself at depth 0, program
/// indicators at 1, activity indicators at 2, with the year's result and the spending mapped to it.
/// </summary>
public sealed record CascadeLine
{
    public required string IkuCode { get; init; }
    public required int Depth { get; init; }
    public required string Jenis { get; init; }
    public required string Code { get; init; }
    public required string Name { get; init; }
    public string? ParentCode { get; init; }
    public required string UnitCode { get; init; }

    /// <summary>The target the year's capaian was computed against.</summary>
    public Capaian.Target? Target { get; init; }

    /// <summary>Which PK the target came from: Murni, Perubahan, or the unit's report when the PK lacks it.</summary>
    public string? TargetVersion { get; init; }

    public decimal? Realisasi { get; init; }
    public string? RealisasiGrade { get; init; }
    public decimal? Capaian { get; init; }
    public string? Band { get; init; }
    public EfficiencyFigures? Spending { get; init; }
}
