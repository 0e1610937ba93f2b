using SakipAnalytics.Model.Analysis;

namespace SakipAnalytics.Reports.Lkjip;

/// <summary>The office's pagu and realisasi for the year: the sum of its program lines.</summary>
internal sealed record BudgetTotal(decimal Pagu, decimal Realisasi)
{
    /// <summary>Serapan in percent; null when there is no pagu.</summary>
    public decimal? Absorption => Pagu == 0 ? null : Realisasi / Pagu * 100m;

    // Programs only: kegiatan and sub kegiatan are parts of them and would be counted twice.
    public static BudgetTotal Of(IEnumerable<BudgetLine> lines)
    {
        var programs = lines.Where(l => l.Level == BudgetLevel.Program).ToList();

        return new BudgetTotal(programs.Sum(p => p.Pagu), programs.Sum(p => p.Realisasi));
    }
}
