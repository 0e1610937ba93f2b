using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Formatting;

namespace SakipAnalytics.Reports.Lkjip;

/// <summary>
/// The point the report's budget figures stand at: year end, or the latest LRA month while the
/// December LRA is missing, which the report then says wherever it gives a budget figure.
/// </summary>
internal static class BudgetPeriod
{
    /// <summary>"" at year end, else " s.d. November 2025" to follow the word realisasi.</summary>
    public static string Until(LkjipFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);

        return facts.BudgetMonth is { } month and < 12 ? $" s.d. {IndonesianFormat.MonthYear(facts.Year, month)}" : string.Empty;
    }

    /// <summary>Why the figures are not the year's, or null at year end.</summary>
    public static string? Caveat(LkjipFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);

        return facts.BudgetMonth is { } month and < 12
            ? $"LRA Desember {facts.Year} belum dimuat, sehingga realisasi anggaran dalam laporan ini adalah realisasi "
              + $"s.d. {IndonesianFormat.MonthYear(facts.Year, month)} dan belum merupakan realisasi akhir tahun."
            : null;
    }
}
