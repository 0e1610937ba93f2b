using SakipAnalytics.Model.Analysis;

namespace SakipAnalytics.Reports.Lkjip;

/// <summary>The pagu and realisasi for the year: the sum of the top level of the lines (programs for the office).</summary>
internal sealed record BudgetTotal(decimal Pagu, decimal Realisasi)
{
    /// <summary>Serapan in percent; null when there is no pagu.</summary>
    public decimal? Absorption => Pagu == 0 ? null : Realisasi / Pagu * 100m;

    // The top level only: lower lines are parts of it and would be counted twice. A unit's report
    // lists only the sub kegiatan it runs, which are then the top level.
    public static BudgetTotal Of(IReadOnlyList<BudgetLine> lines)
    {
        if (lines.Count == 0)
            return new BudgetTotal(0m, 0m);

        var top = lines.Min(l => l.Level);
        var counted = lines.Where(l => l.Level == top).ToList();
        return new BudgetTotal(counted.Sum(p => p.Pagu), counted.Sum(p => p.Realisasi));
    }
}
