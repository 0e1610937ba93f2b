using SakipAnalytics.Reports.Word;

namespace SakipAnalytics.Reports.Lkjip;

/// <summary>Bab III: capaian kinerja organisasi (A) and realisasi anggaran (B).</summary>
internal static class AkuntabilitasKinerja
{
    public const string Chapter = "3";

    public static void Append(LkjipDraft draft)
    {
        draft.Append(Heading.Chapter("BAB III AKUNTABILITAS KINERJA"));
        CapaianKinerja.Append(draft);
        RealisasiAnggaran.Append(draft);
    }
}
