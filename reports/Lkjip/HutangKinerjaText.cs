using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Analysis.Lkjip;
using SakipAnalytics.Model.Capaian;

namespace SakipAnalytics.Reports.Lkjip;

/// <summary>
/// The "hutang kinerja" sentence: this year's target minus last year's realisasi (or the Renstra
/// baseline in the plan's first year), read the right way round for a negative indicator.
/// </summary>
internal static class HutangKinerjaText
{
    public static string? Of(IndicatorResult indicator, AnnualComparison? annual)
    {
        ArgumentNullException.ThrowIfNull(indicator);

        if (annual?.HutangKinerja is not { } debt)
            return null;

        var basis = annual.LastYearSource == "kondisi awal Renstra"
            ? "kondisi awal Renstra"
            : $"realisasi tahun {indicator.Year - 1}";
        var owed = indicator.Polarity == Polarity.Negative ? debt < 0 : debt > 0;
        if (!owed)
            return $"Tidak terdapat hutang kinerja tahun {indicator.Year}, karena target tahun {indicator.Year} "
                + $"{(indicator.Polarity == Polarity.Negative ? "tidak lebih rendah dari" : "tidak melebihi")} {basis}.";

        var lead = $"Hutang kinerja tahun {indicator.Year}, yaitu selisih target tahun {indicator.Year} dengan {basis}, ";
        return indicator.Polarity == Polarity.Negative ? lead + Negative(debt, indicator, basis) : lead + Positive(debt, indicator, basis);
    }

    private static string Positive(decimal debt, IndicatorResult indicator, string basis) =>
        $"adalah sebesar {FigureText.Amount(debt, indicator.Satuan)}. Angka ini menunjukkan kenaikan realisasi dari {basis} "
        + "yang diperlukan untuk mencapai target.";

    private static string Negative(decimal debt, IndicatorResult indicator, string basis) =>
        $"adalah sebesar {FigureText.Amount(-debt, indicator.Satuan)}. Karena indikator ini berpolaritas negatif, angka ini "
        + $"menunjukkan penurunan realisasi dari {basis} yang diperlukan untuk mencapai target.";
}
