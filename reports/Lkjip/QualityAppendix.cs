using SakipAnalytics.Model.Quality;
using SakipAnalytics.Reports.Word;

namespace SakipAnalytics.Reports.Lkjip;

/// <summary>
/// Lampiran 3: the year's data-quality and reconciliation findings, one table per kind in the order
/// the evaluation team works through them, or a sentence that the checks found nothing.
/// </summary>
internal static class QualityAppendix
{
    public static void Append(LkjipDraft draft)
    {
        var kinds = draft.Facts.Findings.GroupBy(f => f.Kind).ToList();

        draft.Append(Heading.Section("Lampiran 3 Temuan Kualitas Data"));
        if (kinds.Count == 0)
        {
            draft.AppendPlain($"Pemeriksaan kualitas data dan rekonsiliasi antarsumber atas data tahun {draft.Year} "
                + "tidak menghasilkan temuan.");
            return;
        }

        draft.AppendPlain(Summary(draft, kinds));
        foreach (var kind in kinds)
            AppendKind(draft, kind);
    }

    private static string Summary(LkjipDraft draft, List<IGrouping<string, QualityFinding>> kinds)
    {
        var counts = kinds.Select(k => $"{k.Key} ({k.Count()})").ToList();

        return $"Pemeriksaan kualitas data dan rekonsiliasi antarsumber atas data tahun {draft.Year} menghasilkan "
            + $"{draft.Facts.Findings.Count} temuan dalam {kinds.Count} jenis, yaitu {IndonesianList.Join(counts)}. Setiap "
            + "temuan dicantumkan beserta berkas dan letaknya agar dapat ditindaklanjuti oleh unit yang bersangkutan.";
    }

    private static void AppendKind(LkjipDraft draft, IGrouping<string, QualityFinding> kind)
    {
        var lead = char.ToUpperInvariant(kind.Key[0]) + kind.Key[1..] + ".";

        var text = BodyText.LeadIn(lead, $"Sebanyak {kind.Count()} temuan dirinci pada ", draft.NextTable(Lampiran.Chapter), ".");
        draft.Append(KeepWithNext.Apply(text));
        draft.AppendTable(Lampiran.Chapter, $"Temuan {FindingTable.Title(kind.Key)} Tahun {draft.Year}", FindingTable.Build(kind));
    }
}
