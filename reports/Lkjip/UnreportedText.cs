using SakipAnalytics.Model.Analysis;

namespace SakipAnalytics.Reports.Lkjip;

/// <summary>
/// The indicators of the year's Perjanjian Kinerja with no December result, named so that a
/// missing year-end report cannot pass for an indicator the office never promised.
/// </summary>
internal static class UnreportedText
{
    public static string? Of(LkjipFacts facts, int year)
    {
        ArgumentNullException.ThrowIfNull(facts);

        var reported = facts.Sasaran.SelectMany(s => s.Indicators).Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        var missing = facts.Agreement.Where(a => !reported.Contains(a.Code)).Select(a => $"{a.Code} {a.Name}").ToList();
        if (missing.Count == 0)
            return null;

        var which = missing.Count == 1 ? $"indikator {missing[0]}" : $"{missing.Count} indikator, yaitu {IndonesianList.Join(missing)},";
        return $"Realisasi Desember {year} untuk {which} belum dilaporkan, sehingga capaiannya belum dapat disajikan "
            + "pada bab ini meskipun tercantum dalam Perjanjian Kinerja. Laporan akhir tahun unit penanggung jawabnya "
            + "perlu dimuat sebelum laporan ini difinalkan.";
    }
}
