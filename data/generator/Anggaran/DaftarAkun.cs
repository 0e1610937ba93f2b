namespace SakipAnalytics.DataGenerator.Anggaran;

/// <summary>The accounts the office's DPA uses; the same account appears under many sub kegiatan.</summary>
public static class DaftarAkun
{
    public static Akun GajiPokok { get; } = new("5.1.01.01.01.0001", "Belanja Gaji Pokok PNS");
    public static Akun TunjanganKeluarga { get; } = new("5.1.01.01.02.0001", "Belanja Tunjangan Keluarga PNS");
    public static Akun TunjanganJabatan { get; } = new("5.1.01.01.03.0001", "Belanja Tunjangan Jabatan PNS");
    public static Akun TunjanganBeras { get; } = new("5.1.01.01.07.0001", "Belanja Tunjangan Beras PNS");
    public static Akun Atk { get; } = new("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor");
    public static Akun BahanCetak { get; } = new("5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak");
    public static Akun ObatObatan { get; } = new("5.1.02.01.01.0029", "Belanja Bahan-Obat-Obatan");
    public static Akun MaminRapat { get; } = new("5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat");
    public static Akun MaminPelayanan { get; } =
        new("5.1.02.01.01.0055", "Belanja Makanan dan Minuman pada Fasilitas Pelayanan Urusan Pendidikan dan Sosial");
    public static Akun JasaAdministrasi { get; } = new("5.1.02.02.01.0026", "Belanja Jasa Tenaga Administrasi");
    public static Akun PerjalananDinas { get; } = new("5.1.02.04.01.0001", "Belanja Perjalanan Dinas Biasa");
    public static Akun BarangMasyarakat { get; } = new("5.1.02.03.02.0405", "Belanja Barang untuk Diserahkan kepada Masyarakat");
}
