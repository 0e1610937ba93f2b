using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Analysis.Lkjip;
using SakipAnalytics.Model.Formatting;

namespace SakipAnalytics.Reports.Lkjip;

/// <summary>
/// The efficiency of resource use behind one indicator: the spending mapped to it, then every
/// reading of <c>efisiensi</c>, the one the settings make primary first.
/// </summary>
internal static class EfficiencyText
{
    private const string UnspentKey = "sisa_anggaran";
    private const string GapKey = "selisih";
    private const string RatioKey = "rasio";
    private const string CostKey = "biaya_per_output";

    /// <summary>
    /// The efficiency paragraph. <paramref name="yearEndLra"/> tells whether the December LRA is loaded;
    /// <paramref name="withCascade"/> whether the spending includes that of the indicators below it.
    /// </summary>
    public static string Of(IndicatorResult indicator, EfficiencyFigures? figures, bool yearEndLra = true, bool withCascade = false)
    {
        ArgumentNullException.ThrowIfNull(indicator);

        if (figures?.Pagu is not { } pagu)
            return yearEndLra
                ? $"Indikator {indicator.Code} belum dipetakan ke sub kegiatan pada data referensi perencanaan, sehingga "
                  + "efisiensi penggunaan anggarannya belum dapat dihitung."
                : $"LRA Desember {indicator.Year} belum dimuat, sehingga efisiensi penggunaan anggaran {indicator.Code} "
                  + "belum dapat dihitung.";

        var below = withCascade ? ", termasuk yang mendukung indikator program dan kegiatan di bawahnya," : string.Empty;
        var spending = $"Sub kegiatan yang mendukung {indicator.Code}{below} memiliki pagu {IndonesianFormat.Rupiah(pagu)} dengan "
            + $"realisasi {Rupiah(figures.Spent)} (serapan {FigureText.Percent(figures.Absorption)}%).";
        var readings = Ordered(figures).Select(key => Reading(key, indicator, figures)).ToList();
        return $"{spending} Menurut bacaan efisiensi utama, {readings[0]}. Bacaan lainnya: {string.Join("; ", readings.Skip(1))}.";
    }

    private static IEnumerable<string> Ordered(EfficiencyFigures figures) =>
        new[] { GapKey, UnspentKey, RatioKey, CostKey }.OrderBy(key => key == figures.Primary ? 0 : 1);

    private static string Reading(string key, IndicatorResult indicator, EfficiencyFigures f) => key switch
    {
        UnspentKey => f.UnspentShare is { } unspent
            ? $"target tercapai dengan sisa anggaran {FigureText.Percent(unspent)}% dari pagu"
            : indicator.Capaian.IsComputable
                ? "sisa anggaran tidak dihitung sebagai efisiensi karena target belum tercapai"
                : "sisa anggaran tidak dihitung sebagai efisiensi karena capaiannya tidak dapat dihitung",
        GapKey => f.Gap is { } gap
            ? $"selisih capaian dan serapan {Signed(gap)} poin, sehingga penggunaan anggaran {f.GapCategory}"
            : "selisih capaian dan serapan tidak dapat dihitung",
        RatioKey => f.Ratio is { } ratio
            ? $"rasio capaian terhadap serapan {IndonesianFormat.Number(ratio)}"
            : "rasio capaian terhadap serapan tidak dapat dihitung",
        _ => Cost(indicator, f),
    };

    private static string Cost(IndicatorResult indicator, EfficiencyFigures f)
    {
        if (indicator.Polarity == Model.Capaian.Polarity.Negative)
            return "biaya per satuan output tidak dihitung karena indikator berpolaritas negatif";

        if (ValueText.IsRupiah(indicator.Satuan))
            return "biaya per satuan output tidak dihitung karena indikatornya sendiri berupa nilai rupiah";

        if (indicator.Realisasi?.Grade is not null)
            return "biaya per satuan output tidak dihitung karena realisasinya berupa predikat";

        if (f.CostPerOutput is not { } cost)
            return "biaya per satuan output tidak dapat dihitung karena realisasinya nol atau tidak tersedia";

        var per = ValueText.IsPercent(indicator.Satuan) ? "poin persen" : indicator.Satuan.Trim();
        var unit = $"biaya per {per} yang terealisasi {IndonesianFormat.Rupiah(cost)}";
        return f.CostChange is { } change && f.CostLastYear is { } last
            ? $"{unit}, {(change > 0 ? "naik" : change < 0 ? "turun" : "tetap")} {FigureText.Percent(Math.Abs(change))}% "
              + $"dari tahun {indicator.Year - 1} ({IndonesianFormat.Rupiah(last)})"
            : $"{unit}, sedangkan biaya tahun {indicator.Year - 1} tidak tersedia sebagai pembanding";
    }

    private static string Signed(decimal value) => value > 0 ? "+" + IndonesianFormat.Number(value) : IndonesianFormat.Number(value);

    private static string Rupiah(decimal? value) => value is { } v ? IndonesianFormat.Rupiah(v) : ValueText.Missing;
}
