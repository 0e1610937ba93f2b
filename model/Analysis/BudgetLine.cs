namespace SakipAnalytics.Model.Analysis;

/// <summary>Pagu and realisasi to date of one program, kegiatan or sub kegiatan.</summary>
public sealed record BudgetLine(string Code, string Name, BudgetLevel Level, decimal Pagu, decimal Realisasi)
{
    /// <summary>Absorption (serapan) in percent: realisasi / pagu x 100; null when pagu is zero.</summary>
    public decimal? Absorption => Pagu == 0 ? null : Realisasi / Pagu * 100m;
}
