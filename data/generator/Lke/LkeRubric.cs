namespace SakipAnalytics.DataGenerator.Lke;

/// <summary>
/// The office guideline's LKE: five components, their sub-components with weights, and the
/// criteria. Weights follow the guideline's default scheme (30/25/15/10/20).
/// </summary>
public static class LkeRubric
{
    public static IReadOnlyList<LkeNode> Components { get; } =
    [
        Group("1", "Perencanaan Kinerja", 30m,
            Group("1.a", "Rencana Strategis", 10m,
                Scored("1.a.1", "Pemenuhan Renstra", 2m, AnswerKind.YaTidak,
                    "Renstra telah tersedia dan ditetapkan",
                    "Renstra telah memuat tujuan, sasaran, indikator dan target jangka menengah",
                    "Renstra telah dipublikasikan"),
                Scored("1.a.2", "Kualitas Renstra", 5m, AnswerKind.Huruf,
                    "Sasaran strategis merupakan ukuran pencapaian tujuan",
                    "Indikator kinerja sasaran memenuhi kriteria SMART",
                    "Target kinerja jangka menengah ditetapkan secara realistis",
                    "Renstra selaras dengan RPJMD"),
                Scored("1.a.3", "Implementasi Renstra", 3m, AnswerKind.Huruf,
                    "Renstra digunakan sebagai acuan penyusunan Renja",
                    "Target jangka menengah dimonitor pencapaiannya")),
            Group("1.b", "Perencanaan Kinerja Tahunan", 20m,
                Scored("1.b.1", "Pemenuhan RKT", 4m, AnswerKind.YaTidak,
                    "Renja/RKT telah disusun",
                    "Perjanjian Kinerja telah disusun paling lambat satu bulan setelah DPA",
                    "Perjanjian Kinerja telah dipublikasikan"),
                Scored("1.b.2", "Kualitas RKT", 10m, AnswerKind.Huruf,
                    "Sasaran dalam PK berorientasi hasil",
                    "Indikator kinerja dalam PK memenuhi kriteria SMART",
                    "Target tahunan selaras dengan target Renstra",
                    "PK berjenjang sampai level staf"),
                Scored("1.b.3", "Implementasi RKT", 6m, AnswerKind.Huruf,
                    "Dokumen PK digunakan sebagai acuan pengukuran kinerja",
                    "Anggaran dialokasikan untuk mendukung pencapaian sasaran PK"))),
        Group("2", "Pengukuran Kinerja", 25m,
            Scored("2.a", "Pemenuhan pengukuran", 5m, AnswerKind.YaTidak,
                "Terdapat pedoman atau SOP pengumpulan data kinerja",
                "Capaian Perjanjian Kinerja diinput setiap bulan",
                "Terdapat dokumen hasil pengukuran Rencana Aksi"),
            Scored("2.b", "Kualitas Pengukuran", 12.5m, AnswerKind.Huruf,
                "Pengukuran kinerja dilakukan secara berjenjang",
                "Data kinerja dapat ditelusuri ke sumbernya",
                "Pengukuran kinerja menggunakan teknologi informasi"),
            Scored("2.c", "Implementasi pengukuran", 7.5m, AnswerKind.Huruf,
                "Hasil pengukuran digunakan untuk perbaikan kinerja",
                "Hasil pengukuran menjadi dasar pemberian reward and punishment")),
        Group("3", "Pelaporan Kinerja", 15m,
            Scored("3.a", "Pemenuhan pelaporan", 3m, AnswerKind.YaTidak,
                "Laporan Kinerja telah disusun",
                "Laporan Kinerja disampaikan tepat waktu"),
            Scored("3.b", "Kualitas Pelaporan", 7.5m, AnswerKind.Huruf,
                "Laporan Kinerja menyajikan pencapaian IKU",
                "Laporan Kinerja menyajikan pembandingan dengan tahun sebelumnya dan target jangka menengah",
                "Laporan Kinerja menyajikan analisis efisiensi penggunaan sumber daya"),
            Scored("3.c", "Pemanfaatan pelaporan", 4.5m, AnswerKind.Huruf,
                "Informasi dalam Laporan Kinerja digunakan untuk perbaikan perencanaan")),
        Group("4", "Evaluasi Internal", 10m,
            Scored("4.a", "Pemenuhan evaluasi", 2m, AnswerKind.YaTidak,
                "Terdapat pedoman evaluasi internal",
                "Evaluasi program telah dilaksanakan"),
            Scored("4.b", "Kualitas evaluasi", 5m, AnswerKind.Huruf,
                "Evaluasi dilaksanakan oleh pihak yang kompeten",
                "Evaluasi memberikan rekomendasi perbaikan"),
            Scored("4.c", "Pemanfaatan hasil evaluasi", 3m, AnswerKind.Huruf,
                "Rekomendasi hasil evaluasi telah ditindaklanjuti")),
        Group("5", "Capaian Kinerja", 20m,
            Scored("5.a", "Kinerja yang dilaporkan (output)", 5m, AnswerKind.Huruf,
                "Target output tercapai"),
            Scored("5.b", "Kinerja yang dilaporkan (outcome)", 10m, AnswerKind.Huruf,
                "Target outcome tercapai",
                "Capaian outcome lebih baik dari tahun sebelumnya"),
            Scored("5.c", "Kinerja tahun berjalan (benchmark)", 5m, AnswerKind.Huruf,
                "Capaian lebih baik dari instansi sejenis")),
    ];

    public static IEnumerable<LkeNode> AllNodes => Components.SelectMany(c => c.SelfAndDescendants());

    private static LkeNode Group(string nomor, string uraian, decimal bobot, params LkeNode[] children) =>
        new(nomor, uraian, bobot, null, children);

    private static LkeNode Scored(string nomor, string uraian, decimal bobot, AnswerKind kind, params string[] criteria) =>
        new(nomor, uraian, bobot, null, [.. criteria.Select((c, i) => new LkeNode($"{nomor}.{i + 1}", c, null, kind, []))]);
}
