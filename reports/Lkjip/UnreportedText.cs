using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Analysis.Lkjip;

namespace SakipAnalytics.Reports.Lkjip;

/// <summary>
/// The indicators of the year's Perjanjian Kinerja with no December result, named wherever the
/// report counts indicators, so that a missing year-end report cannot pass for an indicator the
/// office never promised.
/// </summary>
internal static class UnreportedText
{
    /// <summary>The PK lines with no December result, in PK order.</summary>
    public static IReadOnlyList<AgreementLine> Lines(LkjipFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);

        var reported = facts.Sasaran.SelectMany(s => s.Indicators).Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        return [.. facts.Agreement.Where(a => !reported.Contains(a.Code))];
    }

    /// <summary>Bab III's opening note naming each unreported indicator, or null when all reported.</summary>
    public static string? Of(LkjipFacts facts, int year)
    {
        var missing = Lines(facts).Select(a => $"{a.Code} {a.Name}").ToList();
        if (missing.Count == 0)
            return null;

        var which = missing.Count == 1 ? $"indikator {missing[0]}" : $"{missing.Count} indikator, yaitu {IndonesianList.Join(missing)},";
        return $"Realisasi Desember {year} untuk {which} belum dilaporkan, sehingga capaiannya belum dapat disajikan "
            + "pada bab ini meskipun tercantum dalam Perjanjian Kinerja. Laporan akhir tahun unit penanggung jawabnya "
            + "perlu dimuat sebelum laporan ini difinalkan.";
    }

    /// <summary>A sentence for a count of indicators that leaves the unreported out, or "" when there are none.</summary>
    public static string Caveat(IEnumerable<AgreementLine> unreported, int year)
    {
        var codes = unreported.Select(a => a.Code).ToList();
        return codes.Count == 0
            ? string.Empty
            : $" Realisasi Desember {year} untuk {IndonesianList.Join(codes)} belum dilaporkan, sehingga "
              + $"{(codes.Count == 1 ? "indikator tersebut" : "indikator-indikator tersebut")} belum termasuk di sini.";
    }
}
