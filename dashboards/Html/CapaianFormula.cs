using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Capaian;
using SakipAnalytics.Model.Formatting;

namespace SakipAnalytics.Dashboards.Html;

/// <summary>
/// The tooltip behind an indicator's capaian: the rule that applies, the figures it used, the
/// result before and after the cap, and the file row the figures come from.
/// </summary>
internal static class CapaianFormula
{
    public const string Positive = "Capaian = realisasi / target × 100";
    public const string Negative = "Capaian = (2 × target − realisasi) / target × 100";

    // Up to this many capaian are written out in a mean's formula; more are summed.
    private const int MeanTermsShown = 6;

    public static string Explain(IndicatorResult indicator, CapSetting cap)
    {
        ArgumentNullException.ThrowIfNull(indicator);

        string[] lines = [Rule(indicator), Inputs(indicator), Outcome(indicator.Capaian, cap), $"Sumber: {indicator.Source}"];
        return string.Join("\n", lines);
    }

    /// <summary>
    /// "Rata-rata capaian = … = 390 / 4 = 97,50%", with the terms themselves when there are few
    /// enough to read; <paramref name="values"/> must not be empty.
    /// </summary>
    public static string Mean(IReadOnlyList<decimal> values)
    {
        ArgumentNullException.ThrowIfNull(values);

        var sum = values.Sum();
        var dividend = values.Count <= MeanTermsShown
            ? $"({string.Join(" + ", values.Select(v => IndonesianFormat.Number(v)))})"
            : IndonesianFormat.Number(sum);
        return $"Rata-rata capaian = jumlah capaian / jumlah indikator yang dapat dihitung = {dividend} / {values.Count} "
            + $"= {IndonesianFormat.Percent(sum / values.Count)}";
    }

    private static string Rule(IndicatorResult indicator) => indicator.Target?.Kind switch
    {
        TargetKind.Predikat => "Capaian predikat = peringkat realisasi / peringkat target × 100; 100 bila target tercapai",
        TargetKind.Range => "Target rentang: di dalam rentang capaian 100; di luar rentang dihitung terhadap batas terdekat",
        _ when indicator.Polarity == Polarity.Negative => Negative + " (indikator negatif: makin kecil makin baik)",
        _ => Positive,
    };

    private static string Inputs(IndicatorResult indicator) => (indicator.Target, indicator.Realisasi) switch
    {
        ({ Kind: TargetKind.Number, Low: { } t }, { Value: { } r }) when indicator.Polarity == Polarity.Negative =>
            $"= (2 × {Figure(t)} − {Figure(r)}) / {Figure(t)} × 100",
        ({ Kind: TargetKind.Number, Low: { } t }, { Value: { } r }) => $"= {Figure(r)} / {Figure(t)} × 100",
        var (target, realisasi) => $"Target {FigureText.Of(target)}, realisasi {FigureText.Of(realisasi)}",
    };

    private static string Outcome(CapaianResult capaian, CapSetting cap) => (capaian.Uncapped, capaian.Displayed(cap)) switch
    {
        (null, _) => $"Tidak dapat dihitung: {capaian.NotComputableReason}",
        ({ } raw, { } shown) when raw != shown =>
            $"= {IndonesianFormat.Percent(raw)}, ditampilkan {IndonesianFormat.Percent(shown)} ({SettingsText.Cap(cap)})",
        ({ } raw, _) => $"= {IndonesianFormat.Percent(raw)}",
    };

    private static string Figure(decimal value) => IndonesianFormat.Figure(value);
}
