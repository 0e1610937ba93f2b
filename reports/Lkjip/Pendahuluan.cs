using DocumentFormat.OpenXml.Wordprocessing;
using SakipAnalytics.Reports.Word;

namespace SakipAnalytics.Reports.Lkjip;

/// <summary>
/// Bab I in the guideline's outline: latar belakang, maksud dan tujuan, dasar hukum, pengertian and
/// sistematika penulisan, generated from the facts; the office's profile and strategic issues, which
/// the data does not hold, are placeholders. A unit's report speaks of the unit and its indicators.
/// </summary>
internal static class Pendahuluan
{
    public static void Append(LkjipDraft draft)
    {
        draft.Append(Heading.Chapter("BAB I PENDAHULUAN"));
        LatarBelakang(draft);
        MaksudDanTujuan(draft);

        draft.Append(Heading.Section("C. Dasar Hukum"), Lead("Dasar hukum penyusunan laporan ini adalah sebagai berikut:"));
        draft.Append([.. LegalBasis.Items(draft)]);

        draft.Append(Heading.Section("D. Pengertian"), Lead("Dalam laporan ini, yang dimaksud dengan:"));
        draft.Append([.. Glossary.Items(draft)]);

        Sistematika(draft);
    }

    private static void LatarBelakang(LkjipDraft draft)
    {
        draft.Append(Heading.Section("A. Latar Belakang"));
        draft.AppendPlain("Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah "
            + "mewajibkan setiap instansi pemerintah menyusun laporan kinerja sebagai wujud pertanggungjawaban atas "
            + $"pelaksanaan tugas dan fungsi serta penggunaan anggaran. {Purpose(draft)} {ReportName.Full(draft)} yang "
            + "menyajikan capaian kinerja terhadap sasaran dalam Rencana Strategis (Renstra) dan Perjanjian Kinerja (PK) "
            + $"Tahun {draft.Year}.");
        draft.AppendPlain($"Laporan ini memuat {draft.Facts.Sasaran.Count} sasaran yang diukur dengan "
            + $"{ReportName.IndicatorCount(draft)} {ReportName.IndicatorsIntroduced(draft)}. Setiap angka dihitung dari "
            + "berkas data yang tercantum pada Lampiran 2, sehingga dapat ditelusuri ke berkas, sheet, dan baris asalnya."
            + UnreportedText.Caveat(UnreportedText.Lines(draft.Facts), draft.Year));
        Profile(draft);
    }

    private static string Purpose(LkjipDraft draft) => draft.Facts.Scope switch
    {
        { IsTechnicalUnit: true } => $"Sebagai unit pelaksana teknis {draft.OfficeName}, {draft.Owner} turut memenuhi "
            + "kewajiban tersebut melalui",
        { IsUnit: true } => $"Sebagai bagian dari {draft.OfficeName}, {draft.Owner} turut memenuhi kewajiban tersebut melalui",
        _ => "Untuk memenuhi kewajiban tersebut, disusun",
    };

    private static void Profile(LkjipDraft draft)
    {
        draft.AppendPlain($"Gambaran umum {draft.Owner} dan isu strategis yang melatarbelakangi kinerja tahun {draft.Year} "
            + "diuraikan sebagai berikut.");
        Part(draft, "1. Tugas Pokok dan Fungsi", $"tugas pokok dan fungsi {draft.Owner} sesuai peraturan gubernur tentang "
            + "kedudukan, susunan organisasi, tugas, fungsi, dan tata kerja");
        Part(draft, "2. Struktur Organisasi", $"bagan dan uraian struktur organisasi {draft.Owner}");
        Part(draft, "3. Sumber Daya Manusia", "jumlah dan komposisi pegawai menurut jabatan, golongan, dan tingkat "
            + "pendidikan, serta sarana dan prasarana pendukung");
        Part(draft, "4. Isu Strategis", $"isu strategis dan permasalahan utama yang dihadapi pada tahun {draft.Year}");
    }

    private static void Part(LkjipDraft draft, string heading, string placeholder)
    {
        draft.Append(Heading.Subsection(heading));
        draft.AppendPlaceholder(placeholder);
    }

    private static void MaksudDanTujuan(LkjipDraft draft)
    {
        draft.Append(Heading.Section("B. Maksud dan Tujuan"));
        draft.AppendPlain("Maksud penyusunan laporan ini adalah memberikan informasi kinerja yang terukur kepada pemberi "
            + $"mandat dan pemangku kepentingan atas kinerja yang telah dan seharusnya dicapai {draft.Owner} pada tahun "
            + $"{draft.Year}.");
        draft.Append([Lead("Adapun tujuan penyusunan laporan ini adalah:"), .. ListItem.Lettered([.. Aims(draft)])]);
    }

    private static IEnumerable<string> Aims(LkjipDraft draft)
    {
        yield return $"menyajikan capaian {ReportName.IndicatorCount(draft)} {draft.IndicatorTerm} terhadap target "
            + $"Perjanjian Kinerja Tahun {draft.Year} dan target Renstra";
        yield return "menganalisis keberhasilan dan kegagalan pencapaian kinerja beserta penyebabnya, serta efisiensi "
            + "penggunaan anggaran yang mendukungnya";
        yield return "menjadi bahan evaluasi dan perbaikan perencanaan serta pelaksanaan program dan kegiatan pada tahun "
            + $"{draft.Year + 1}";
        if (draft.Facts.Scope.IsUnit)
            yield return $"menjadi bahan penyusunan Laporan Kinerja Instansi Pemerintah {draft.OfficeName} Tahun {draft.Year}";
        yield return "memenuhi kewajiban pelaporan kinerja sesuai Peraturan Presiden Nomor 29 Tahun 2014 dan Peraturan "
            + "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014";
    }

    private static void Sistematika(LkjipDraft draft) => draft.Append(
    [
        Heading.Section("E. Sistematika Penulisan"),
        Lead("Laporan ini disusun dengan sistematika sebagai berikut."),
        .. Chapters(draft).Select(c => (Paragraph)BodyText.LeadIn(c.Name, c.Content)),
    ]);

    private static Paragraph Lead(string text) => KeepWithNext.Apply(BodyText.Plain(text));

    private static IEnumerable<(string Name, string Content)> Chapters(LkjipDraft draft) =>
    [
        ("Bab I Pendahuluan", "menguraikan latar belakang beserta gambaran organisasi dan isu strategis, maksud dan tujuan, "
            + "dasar hukum, pengertian istilah, serta sistematika penulisan."),
        ("Bab II Perencanaan Kinerja", "menyajikan ringkasan Rencana Strategis, yaitu kondisi awal, target tahunan, dan "
            + $"target akhir setiap indikator, serta Perjanjian Kinerja Tahun {draft.Year} beserta perubahan dan pagu "
            + "indikatifnya."),
        ("Bab III Akuntabilitas Kinerja", $"menyajikan capaian setiap sasaran dan {draft.IndicatorTerm} beserta "
            + "analisisnya, yaitu perbandingan dengan target, dengan tahun-tahun sebelumnya, dengan target akhir Renstra, dan "
            + "dengan pembanding lain, penyebab keberhasilan atau kegagalan, efisiensi penggunaan sumber daya, serta "
            + "realisasi anggaran."),
        ("Bab IV Penutup", "memuat kesimpulan atas capaian kinerja serta langkah perbaikan untuk tahun berikutnya."),
        ("Lampiran", "memuat Perjanjian Kinerja, daftar berkas sumber data, dan temuan pemeriksaan kualitas data."),
    ];
}
