namespace SakipAnalytics.DataGenerator.Office;

public static partial class Kantor
{
    public static Sasaran Kemandirian { get; } =
        new("S1", "Meningkatnya kemandirian Pemerlu Pelayanan Kesejahteraan Sosial (PPKS)");

    public static Sasaran Perlindungan { get; } =
        new("S2", "Meningkatnya perlindungan dan jaminan sosial bagi PPKS");

    public static Sasaran Akuntabilitas { get; } =
        new("S3", "Meningkatnya akuntabilitas kinerja Dinas Sosial");

    public static IReadOnlyList<Indikator> Indicators { get; } =
    [
        Iku(
            "IKU.01", "%", Agregasi.Tahunan, Kemandirian,
            "Persentase PPKS yang mandiri"),
        Iku(
            "IKU.02", "%", Agregasi.Terakhir, Perlindungan,
            "Persentase PMKS yang memperoleh bantuan sosial"),
        Iku(
            "IKU.03", "%", Agregasi.Terakhir, Perlindungan,
            "Persentase korban bencana alam dan sosial yang terpenuhi kebutuhan dasarnya pada saat dan" +
                " setelah tanggap darurat bencana"),
        Iku(
            "IKU.04", "predikat", Agregasi.Tahunan, Akuntabilitas,
            "Nilai SAKIP Dinas Sosial"),
        Child(
            "SEK.01", "%", Agregasi.Terakhir, "IKK", "SEKRE", Akuntabilitas, "IKU.04",
            "Persentase dokumen perencanaan dan pelaporan kinerja yang disusun tepat waktu"),
        Child(
            "SEK.02", "%", Agregasi.Terakhir, "IKK", "SEKRE", Akuntabilitas, "IKU.04",
            "Persentase realisasi anggaran Dinas Sosial"),
        Child(
            "REH.01", "%", Agregasi.Terakhir, "IKP", "REHSOS", Kemandirian, "IKU.01",
            "Persentase PPKS penerima layanan rehabilitasi sosial dalam panti yang terpenuhi kebutuhan" +
                " dasarnya"),
        Negatif(Child(
            "REH.02", "%", Agregasi.Terakhir, "IKP", "REHSOS", Kemandirian, "IKU.01",
            "Persentase eks penerima manfaat panti yang kembali menjadi PPKS")),
        Child(
            "LJS.01", "%", Agregasi.Terakhir, "IKP", "LINJAMSOS", Perlindungan, "IKU.02",
            "Persentase data terpadu kesejahteraan sosial (DTKS) yang diverifikasi dan divalidasi"),
        Child(
            "LJS.02", "keluarga", Agregasi.Kumulatif, "IKP", "LINJAMSOS", Perlindungan, "IKU.02",
            "Jumlah keluarga miskin penerima bantuan usaha ekonomi produktif (KUBE)"),
        Child(
            "PB.01", "%", Agregasi.Terakhir, "IKP", "PB", Perlindungan, "IKU.03",
            "Persentase korban bencana yang menerima bantuan logistik dalam waktu kurang dari 3 hari"),
        Child(
            "PB.02", "orang", Agregasi.Terakhir, "IKP", "PB", Perlindungan, "IKU.03",
            "Jumlah Taruna Siaga Bencana (TAGANA) aktif"),
        Child(
            "DAY.01", "lembaga", Agregasi.Kumulatif, "IKP", "DAYASOS", Kemandirian, "IKU.01",
            "Jumlah Lembaga Kesejahteraan Sosial (LKS) yang terdaftar dan terverifikasi"),
        Child(
            "DAY.02", "%", Agregasi.Terakhir, "IKP", "DAYASOS", Kemandirian, "IKU.01",
            "Persentase potensi sumber kesejahteraan sosial (PSKS) yang aktif"),
        Child(
            "PSTW.01", "orang", Agregasi.Terakhir, "IKK", "PSTW", Kemandirian, "REH.01",
            "Jumlah lanjut usia terlantar yang terpenuhi kebutuhan dasarnya di dalam panti"),
        Child(
            "PSTW.02", "%", Agregasi.RataRata, "IKK", "PSTW", Kemandirian, "REH.01",
            "Persentase lanjut usia penerima manfaat yang mendapat pemeriksaan kesehatan rutin"),
        Child(
            "PSBL.01", "orang", Agregasi.Terakhir, "IKK", "PSBL", Kemandirian, "REH.01",
            "Jumlah penyandang disabilitas mental yang mendapat rehabilitasi sosial di dalam panti"),
        Child(
            "PSBL.02", "%", Agregasi.Terakhir, "IKK", "PSBL", Kemandirian, "REH.01",
            "Persentase penerima manfaat yang direunifikasi dengan keluarga"),
        Child(
            "PSAA.01", "anak", Agregasi.Terakhir, "IKK", "PSAA", Kemandirian, "REH.01",
            "Jumlah anak terlantar yang mendapat pengasuhan di dalam panti"),
        Child(
            "PSAA.02", "%", Agregasi.RataRata, "IKK", "PSAA", Kemandirian, "REH.01",
            "Persentase anak asuh yang bersekolah"),
        Child(
            "PRSPD.01", "orang", Agregasi.Kumulatif, "IKK", "PRSPD", Kemandirian, "REH.01",
            "Jumlah penyandang disabilitas fisik yang mendapat rehabilitasi sosial"),
        Child(
            "PRSPD.02", "%", Agregasi.Terakhir, "IKK", "PRSPD", Kemandirian, "REH.01",
            "Persentase penerima manfaat yang memperoleh keterampilan kerja"),
        Child(
            "PSBR.01", "orang", Agregasi.Kumulatif, "IKK", "PSBR", Kemandirian, "REH.01",
            "Jumlah gelandangan dan pengemis yang mendapat rehabilitasi sosial di dalam panti"),
        Negatif(Child(
            "PSBR.02", "%", Agregasi.Terakhir, "IKK", "PSBR", Kemandirian, "REH.02",
            "Persentase gelandangan dan pengemis yang kembali ke jalanan setelah rehabilitasi")),
    ];

    private static Indikator Iku(string kode, string satuan, Agregasi agregasi, Sasaran sasaran, string nama) =>
        new(kode, nama, satuan, Polaritas.Positif, agregasi, "IKU", "DINSOS", sasaran, null);

    private static Indikator Child(
        string kode, string satuan, Agregasi agregasi, string jenis, string unit, Sasaran sasaran, string induk, string nama) =>
        new(kode, nama, satuan, Polaritas.Positif, agregasi, jenis, unit, sasaran, induk);

    private static Indikator Negatif(Indikator indikator) => indikator with { Polaritas = Polaritas.Negatif };
}
