using SakipAnalytics.Reports.Word;

namespace SakipAnalytics.Reports.Lkjip;

/// <summary>Bab I: why the report exists, generated; what only the office knows, left as placeholders.</summary>
internal static class Pendahuluan
{
    public static void Append(LkjipDraft draft)
    {
        draft.Append(Heading.Chapter("BAB I PENDAHULUAN"), Heading.Section("A. Latar Belakang"));
        LatarBelakang(draft);

        Placeholder(draft, "B. Tugas Pokok dan Fungsi", "tugas pokok dan fungsi sesuai peraturan gubernur tentang "
            + "kedudukan, susunan organisasi, tugas, fungsi, dan tata kerja");
        Placeholder(draft, "C. Struktur Organisasi",
            "struktur organisasi, jumlah dan komposisi pegawai, serta sarana dan prasarana");
        Placeholder(draft, "D. Isu Strategis",
            $"isu strategis dan permasalahan utama yang dihadapi pada tahun {draft.Year}");

        Sistematika(draft);
    }

    private static void LatarBelakang(LkjipDraft draft)
    {
        var indicators = draft.Facts.Sasaran.Sum(s => s.Indicators.Count);

        draft.AppendPlain($"Laporan Kinerja Instansi Pemerintah (LKjIP) {draft.OfficeName} Tahun {draft.Year} "
            + "disusun sebagai wujud pertanggungjawaban atas pelaksanaan tugas dan fungsi serta penggunaan anggaran "
            + "dalam mencapai sasaran strategis yang ditetapkan dalam Rencana Strategis (Renstra) dan Perjanjian "
            + $"Kinerja (PK) Tahun {draft.Year}. Penyusunannya mengacu pada Peraturan Presiden Nomor 29 Tahun 2014 "
            + "tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah dan Peraturan Menteri PANRB Nomor 53 "
            + "Tahun 2014.");
        draft.AppendPlain($"Laporan ini memuat {draft.Facts.Sasaran.Count} sasaran strategis yang diukur dengan "
            + $"{indicators} indikator kinerja utama (IKU). Setiap angka dihitung dari berkas data yang tercantum "
            + "pada Lampiran 1 sehingga dapat ditelusuri ke berkas dan baris asalnya.");
    }

    private static void Placeholder(LkjipDraft draft, string heading, string what)
    {
        draft.Append(Heading.Section(heading));
        draft.AppendPlaceholder(what);
    }

    private static void Sistematika(LkjipDraft draft)
    {
        draft.Append(
            Heading.Section("E. Sistematika Penyajian"),
            BodyText.LeadIn("Bab I Pendahuluan:",
                "latar belakang, tugas pokok dan fungsi, struktur organisasi, dan isu strategis."),
            BodyText.LeadIn("Bab II Perencanaan Kinerja:",
                $"ringkasan Rencana Strategis dan Perjanjian Kinerja Tahun {draft.Year}."),
            BodyText.LeadIn("Bab III Akuntabilitas Kinerja:",
                "capaian kinerja organisasi beserta analisisnya, dan realisasi anggaran."),
            BodyText.LeadIn("Bab IV Penutup:", "kesimpulan atas capaian kinerja dan langkah perbaikan ke depan."),
            BodyText.LeadIn("Lampiran:", "daftar berkas sumber data dan dokumen pendukung."));
    }
}
