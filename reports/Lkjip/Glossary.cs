using DocumentFormat.OpenXml.Wordprocessing;
using SakipAnalytics.Reports.Word;

namespace SakipAnalytics.Reports.Lkjip;

/// <summary>
/// Bab I D: what the terms the report uses mean, as a numbered list of "term adalah meaning". A
/// unit's report speaks of its indicators and says what a UPTD is; the office's speaks of IKU.
/// </summary>
internal static class Glossary
{
    public static IReadOnlyList<Paragraph> Items(LkjipDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);

        var entries = Entries(draft).ToList();
        return [.. entries.Select((e, i) => Item(i + 1, e, last: i == entries.Count - 1))];
    }

    /// <summary>Each term with its meaning, in the order a reader meets them.</summary>
    public static IEnumerable<(string Term, string Meaning)> Entries(LkjipDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);

        return [.. Planning(draft), .. Measurement(), .. Budget()];
    }

    private static Paragraph Item(int number, (string Term, string Meaning) entry, bool last) => ListItem.Of(
        ListItem.Number(number), BodyText.Bold(entry.Term), BodyText.Run($" adalah {entry.Meaning}{(last ? "." : ";")}"));

    private static IEnumerable<(string, string)> Planning(LkjipDraft draft)
    {
        yield return ("Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP)", "rangkaian kegiatan, alat, dan prosedur "
            + "untuk menetapkan, mengukur, mengumpulkan, mengolah, dan melaporkan kinerja instansi pemerintah dalam rangka "
            + "pertanggungjawaban dan peningkatan kinerja");
        if (draft.Facts.Scope.IsTechnicalUnit)
            yield return ("Unit Pelaksana Teknis Daerah (UPTD)", $"unit organisasi di bawah {draft.OfficeName} yang "
                + "melaksanakan kegiatan teknis operasional atau kegiatan teknis penunjang tertentu");
        yield return ("Laporan kinerja", "dokumen pertanggungjawaban tahunan yang menyajikan capaian kinerja dibandingkan "
            + "dengan target yang diperjanjikan, beserta analisis dan penggunaan anggarannya");
        yield return ("Rencana Strategis (Renstra)", "dokumen perencanaan perangkat daerah untuk periode lima tahun yang "
            + "memuat tujuan, sasaran, program, kegiatan, serta indikator kinerja dengan target tahunan dan target akhir periode");
        yield return ("Kondisi awal", "nilai indikator pada tahun sebelum periode Renstra dimulai, yang menjadi titik tolak "
            + "penetapan target");
        yield return ("Perjanjian Kinerja (PK)", "pernyataan kesanggupan pimpinan untuk mewujudkan target kinerja tahun "
            + "berjalan dengan sumber daya yang tersedia; PK yang ditetapkan pada awal tahun disebut PK Murni, sedangkan "
            + "revisinya pada pertengahan tahun disebut PK Perubahan");
        yield return ("Sasaran strategis", "kondisi yang hendak diwujudkan sebagai hasil pelaksanaan program dan kegiatan, "
            + "diukur dengan satu atau lebih indikator kinerja");
        yield return Indicator(draft);
    }

    private static (string, string) Indicator(LkjipDraft draft) => draft.Facts.Scope.IsUnit
        ? ("Indikator kinerja", $"ukuran keberhasilan sasaran yang ditetapkan bagi {draft.Owner} untuk mendukung "
            + $"indikator kinerja utama {draft.OfficeName}")
        : ("Indikator Kinerja Utama (IKU)", "ukuran keberhasilan dari tujuan dan sasaran strategis organisasi");

    private static IEnumerable<(string, string)> Measurement() =>
    [
        ("Target", "nilai yang hendak dicapai suatu indikator dalam satu tahun, berupa angka, rentang, atau predikat"),
        ("Realisasi", "nilai yang dicapai suatu indikator sampai dengan akhir periode pelaporan"),
        ("Capaian kinerja", "perbandingan realisasi terhadap target yang dinyatakan dalam persen"),
        ("Polaritas", "arah yang menunjukkan kinerja yang lebih baik: pada polaritas positif semakin tinggi realisasi "
            + "semakin baik, sedangkan pada polaritas negatif semakin rendah realisasi semakin baik"),
        ("Predikat", "nilai berupa huruf (AA, A, BB, B, CC, C, atau D) yang digunakan sebagai target atau realisasi "
            + "indikator yang diukur secara kualitatif, misalnya hasil evaluasi akuntabilitas kinerja"),
        ("Kategori capaian", "pengelompokan capaian kinerja ke dalam kategori Sangat Tinggi, Tinggi, Sedang, Rendah, dan "
            + "Sangat Rendah menurut skala yang diuraikan pada Bab III"),
        ("Hutang kinerja", "selisih antara target tahun berjalan dan realisasi tahun sebelumnya (atau kondisi awal Renstra "
            + "pada tahun pertama), yaitu besarnya perubahan yang masih harus diwujudkan agar target tercapai"),
    ];

    private static IEnumerable<(string, string)> Budget() =>
    [
        ("Pagu anggaran", "batas tertinggi anggaran yang dialokasikan untuk program, kegiatan, dan sub kegiatan dalam "
            + "Dokumen Pelaksanaan Anggaran (DPA)"),
        ("Pagu indikatif", "perkiraan anggaran yang dicantumkan dalam Perjanjian Kinerja untuk mendukung pencapaian "
            + "target suatu indikator"),
        ("Realisasi anggaran", "jumlah anggaran yang telah dibelanjakan sebagaimana tercatat dalam Laporan Realisasi "
            + "Anggaran (LRA)"),
        ("Serapan anggaran", "persentase realisasi anggaran terhadap pagu anggaran"),
        ("Efisiensi", "perbandingan antara capaian kinerja dan sumber daya, terutama anggaran, yang digunakan untuk "
            + "mencapainya"),
    ];
}
