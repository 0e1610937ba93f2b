using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Analysis.Lkjip;
using SakipAnalytics.Reports.Word;

namespace SakipAnalytics.Reports.Lkjip;

/// <summary>The sentence that sums up an indicator's comparators before their table.</summary>
internal static class ComparatorText
{
    public static IReadOnlyList<TextPart> Of(IndicatorResult indicator, IReadOnlyList<ComparatorResult> comparators, CaptionReference table)
    {
        ArgumentNullException.ThrowIfNull(comparators);

        var better = comparators.Where(c => c.AtLeastAsGood == true).Select(Named).ToList();
        var worse = comparators.Where(c => c.AtLeastAsGood == false).Select(Named).ToList();
        var lead = $"Realisasi {indicator.Code} tahun {indicator.Year} dibandingkan dengan {comparators.Count} pembanding pada ";

        if (better.Count == 0 && worse.Count == 0)
            return [lead, table, "; perbandingan belum dapat dilakukan karena nilai pembanding atau realisasinya tidak tersedia."];

        return [lead, table, ": " + Clause(better, "setara dengan atau lebih baik daripada") + Joiner(better, worse)
            + Clause(worse, "lebih buruk daripada") + Polarity(indicator) + "."];
    }

    /// <summary>A target as "target" and its source ("target RPJMD Provinsi ..."); a standard or a peer office by its name.</summary>
    private static string Named(ComparatorResult c) =>
        c.Kind.StartsWith("Target", StringComparison.OrdinalIgnoreCase) ? $"target {c.Name}" : c.Name;

    private static string Clause(List<string> names, string verdict) =>
        names.Count == 0 ? string.Empty : $"realisasi {verdict} {IndonesianList.Join(names)}";

    private static string Joiner(List<string> better, List<string> worse) =>
        better.Count > 0 && worse.Count > 0 ? ", tetapi " : string.Empty;

    private static string Polarity(IndicatorResult indicator) => indicator.Polarity == Model.Capaian.Polarity.Negative
        ? " (indikator berpolaritas negatif: nilai yang lebih rendah berarti lebih baik)"
        : string.Empty;
}
