namespace SakipAnalytics.DataGenerator.Office;

public static partial class Kantor
{
    public static IReadOnlyList<SubKegiatan> SubKegiatan { get; } =
    [
        new("1.06.01.1.01.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah", "SEKRE", "SEK.01"),
        new("1.06.01.1.01.0007", "Evaluasi Kinerja Perangkat Daerah", "SEKRE", "SEK.01"),
        new("1.06.01.1.02.0001", "Penyediaan Gaji dan Tunjangan ASN", "SEKRE", "SEK.02"),
        new("1.06.02.1.03.0001", "Peningkatan Kemampuan Potensi Pekerja Sosial Masyarakat", "DAYASOS", "DAY.02"),
        new("1.06.02.1.03.0003", "Peningkatan Kemampuan Potensi Sumber Kesejahteraan Sosial Kelembagaan Masyarakat", "DAYASOS", "DAY.01"),
        new("1.06.04.1.01.0001", "Penyediaan Permakanan Lanjut Usia Terlantar dalam Panti", "PSTW", "PSTW.01"),
        new("1.06.04.1.01.0004", "Pemberian Pelayanan Kesehatan Lanjut Usia Terlantar dalam Panti", "PSTW", "PSTW.02"),
        new("1.06.04.1.01.0011", "Penyediaan Permakanan Penyandang Disabilitas Mental dalam Panti", "PSBL", "PSBL.01"),
        new("1.06.04.1.01.0012", "Pemberian Pelayanan Reunifikasi Keluarga", "PSBL", "PSBL.02"),
        new("1.06.04.1.01.0021", "Penyediaan Permakanan Anak Terlantar dalam Panti", "PSAA", "PSAA.01"),
        new("1.06.04.1.01.0022", "Pemberian Akses ke Layanan Pendidikan Anak dalam Panti", "PSAA", "PSAA.02"),
        new(
            "1.06.04.1.01.0031", "Pemberian Bimbingan Fisik, Mental, Spiritual, dan Sosial Penyandang Disabilitas Fisik",
            "PRSPD", "PRSPD.01"),
        new("1.06.04.1.01.0032", "Pemberian Bimbingan Aktivitas Hidup Sehari-hari dan Keterampilan Kerja", "PRSPD", "PRSPD.02"),
        new("1.06.04.1.02.0001", "Penyediaan Permakanan Gelandangan dan Pengemis dalam Panti", "PSBR", "PSBR.01"),
        new("1.06.04.1.02.0005", "Pemberian Bimbingan Lanjut dan Pemantauan Eks Penerima Manfaat", "REHSOS", "REH.02"),
        new("1.06.05.1.02.0001", "Pendataan dan Pengelolaan Data Fakir Miskin Cakupan Daerah Provinsi", "LINJAMSOS", "LJS.01"),
        new("1.06.05.1.01.0003", "Pemberian Bantuan Usaha Ekonomi Produktif bagi Kelompok Usaha Bersama", "LINJAMSOS", "LJS.02"),
        new("1.06.06.1.01.0001", "Penyediaan Makanan bagi Korban Bencana Alam dan Sosial", "PB", "PB.01"),
        new("1.06.06.1.01.0006", "Pelatihan dan Pembinaan Taruna Siaga Bencana", "PB", "PB.02"),
    ];
}
