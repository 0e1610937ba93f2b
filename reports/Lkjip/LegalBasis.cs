using DocumentFormat.OpenXml.Wordprocessing;
using SakipAnalytics.Model.Formatting;
using SakipAnalytics.Reports.Word;

namespace SakipAnalytics.Reports.Lkjip;

/// <summary>
/// Bab I C: the laws and regulations behind the report, numbered as legal lists are; the office's
/// own regulations, Renstra and PK close the list with placeholders for what the data does not hold.
/// </summary>
internal static class LegalBasis
{
    private static readonly string[] Regulations =
    [
        "Undang-Undang Nomor 17 Tahun 2003 tentang Keuangan Negara",
        "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah beberapa kali diubah",
        "Peraturan Pemerintah Nomor 8 Tahun 2006 tentang Pelaporan Keuangan dan Kinerja Instansi Pemerintah",
        "Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah",
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 tentang Petunjuk "
            + "Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas Laporan Kinerja Instansi Pemerintah",
        "Peraturan Menteri Dalam Negeri Nomor 86 Tahun 2017 tentang Tata Cara Perencanaan, Pengendalian dan Evaluasi "
            + "Pembangunan Daerah, Tata Cara Evaluasi Rancangan Peraturan Daerah tentang Rencana Pembangunan Jangka Panjang "
            + "Daerah dan Rencana Pembangunan Jangka Menengah Daerah, serta Tata Cara Perubahan Rencana Pembangunan Jangka "
            + "Panjang Daerah, Rencana Pembangunan Jangka Menengah Daerah, dan Rencana Kerja Pemerintah Daerah",
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 88 Tahun 2021 tentang Evaluasi "
            + "Akuntabilitas Kinerja Instansi Pemerintah",
    ];

    /// <summary>The list items, each but the last closed by a semicolon.</summary>
    public static IReadOnlyList<Paragraph> Items(LkjipDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);

        Run[][] items = [.. Regulations.Select(r => new[] { BodyText.Run(r) }), Organisation(draft), Renstra(draft), Agreement(draft)];
        return [.. items.Select((runs, i) => Item(i + 1, runs, last: i == items.Length - 1))];
    }

    private static Paragraph Item(int number, Run[] runs, bool last) =>
        ListItem.Of(ListItem.Number(number), [.. runs, BodyText.Run(last ? "." : ";")]);

    private static Run[] Organisation(LkjipDraft draft) =>
    [
        BodyText.Run($"Peraturan Gubernur tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi, serta Tata Kerja {draft.Owner} "),
        BodyText.PlaceholderRun("nomor dan tahun peraturan gubernur"),
    ];

    private static Run[] Renstra(LkjipDraft draft) =>
    [
        BodyText.Run($"Rencana Strategis {draft.OfficeName} "),
        BodyText.PlaceholderRun("periode Renstra serta nomor dan tanggal penetapannya"),
    ];

    private static Run[] Agreement(LkjipDraft draft) =>
    [
        BodyText.Run($"Perjanjian Kinerja {draft.Owner} Tahun {draft.Year}{Revisions(draft)} "),
        BodyText.PlaceholderRun("tanggal penandatanganan Perjanjian Kinerja"),
    ];

    private static string Revisions(LkjipDraft draft)
    {
        var dates = draft.Facts.Agreement.Select(a => a.RevisedFrom).OfType<DateOnly>().Distinct().Order()
            .Select(IndonesianFormat.Date).ToList();

        return dates.Count == 0
            ? string.Empty
            : $" beserta Perjanjian Kinerja Perubahan yang berlaku sejak {IndonesianList.Join(dates)}";
    }
}
