using SakipAnalytics.DataGenerator.Office;
using static SakipAnalytics.DataGenerator.Anggaran.DaftarAkun;

namespace SakipAnalytics.DataGenerator.Anggaran;

/// <summary>
/// The office's budget tree (DPA): programs, kegiatan, sub kegiatan and their accounts, with
/// invented 2025 pagu that other years scale from.
/// </summary>
public static class Dpa
{
    public const string Skpd = "1.06.0.00.0.00.01.0000 DINAS SOSIAL";

    public static IReadOnlyList<ProgramAnggaran> Programs { get; } =
    [
        new("1.06.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI",
        [
            new("1.06.01.1.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
            [
                Sub("1.06.01.1.01.0001", 420_000_000, (Atk, 0.22m), (MaminRapat, 0.31m), (PerjalananDinas, 0.47m)),
                Sub("1.06.01.1.01.0007", 305_000_000, (BahanCetak, 0.18m), (JasaAdministrasi, 0.37m), (PerjalananDinas, 0.45m)),
            ]),
            new("1.06.01.1.02", "Administrasi Keuangan Perangkat Daerah",
            [
                Gaji("1.06.01.1.02.0001", 25_350_000_000),
            ]),
        ]),
        new("1.06.02", "PROGRAM PEMBERDAYAAN SOSIAL",
        [
            new("1.06.02.1.03", "Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Provinsi",
            [
                Sub("1.06.02.1.03.0001", 1_175_000_000, (PerjalananDinas, 0.38m), (JasaAdministrasi, 0.30m), (MaminRapat, 0.32m)),
                Sub("1.06.02.1.03.0003", 885_000_000, (JasaAdministrasi, 0.27m), (PerjalananDinas, 0.36m), (BahanCetak, 0.37m)),
            ]),
        ]),
        new("1.06.04", "PROGRAM REHABILITASI SOSIAL",
        [
            new(
                "1.06.04.1.01",
                "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, " +
                "serta Gelandangan Pengemis di Dalam Panti Sosial",
            [
                Sub("1.06.04.1.01.0001", 2_365_000_000, (MaminPelayanan, 0.71m), (Atk, 0.07m), (JasaAdministrasi, 0.22m)),
                Sub("1.06.04.1.01.0004", 650_000_000, (ObatObatan, 0.52m), (JasaAdministrasi, 0.33m), (MaminPelayanan, 0.15m)),
                Sub("1.06.04.1.01.0011", 3_040_000_000, (MaminPelayanan, 0.68m), (ObatObatan, 0.12m), (JasaAdministrasi, 0.20m)),
                Sub("1.06.04.1.01.0012", 415_000_000, (PerjalananDinas, 0.56m), (MaminRapat, 0.19m), (JasaAdministrasi, 0.25m)),
                Sub("1.06.04.1.01.0021", 1_780_000_000, (MaminPelayanan, 0.66m), (Atk, 0.09m), (JasaAdministrasi, 0.25m)),
                Sub("1.06.04.1.01.0022", 535_000_000, (Atk, 0.41m), (BahanCetak, 0.21m), (JasaAdministrasi, 0.38m)),
                Sub("1.06.04.1.01.0031", 1_650_000_000, (MaminPelayanan, 0.44m), (JasaAdministrasi, 0.31m), (PerjalananDinas, 0.25m)),
                Sub("1.06.04.1.01.0032", 755_000_000, (BarangMasyarakat, 0.48m), (JasaAdministrasi, 0.29m), (Atk, 0.23m)),
            ]),
            new(
                "1.06.04.1.02",
                "Rehabilitasi Sosial Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS dan NAPZA " +
                "di Dalam Panti Sosial",
            [
                Sub("1.06.04.1.02.0001", 1_405_000_000, (MaminPelayanan, 0.63m), (JasaAdministrasi, 0.24m), (Atk, 0.13m)),
                Sub("1.06.04.1.02.0005", 465_000_000, (PerjalananDinas, 0.52m), (MaminRapat, 0.23m), (BahanCetak, 0.25m)),
            ]),
        ]),
        new("1.06.05", "PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL",
        [
            new("1.06.05.1.01", "Pemeliharaan Anak-Anak Terlantar",
            [
                Sub("1.06.05.1.01.0003", 3_680_000_000, (BarangMasyarakat, 0.74m), (PerjalananDinas, 0.16m), (JasaAdministrasi, 0.10m)),
            ]),
            new("1.06.05.1.02", "Pengelolaan Data Fakir Miskin Cakupan Daerah Provinsi",
            [
                Sub("1.06.05.1.02.0001", 1_940_000_000, (JasaAdministrasi, 0.46m), (PerjalananDinas, 0.34m), (MaminRapat, 0.20m)),
            ]),
        ]),
        new("1.06.06", "PROGRAM PENANGANAN BENCANA",
        [
            new("1.06.06.1.01", "Perlindungan Sosial Korban Bencana Alam dan Sosial Provinsi",
            [
                Sub("1.06.06.1.01.0001", 2_190_000_000, (BarangMasyarakat, 0.62m), (PerjalananDinas, 0.21m), (MaminPelayanan, 0.17m)),
                Sub("1.06.06.1.01.0006", 905_000_000, (PerjalananDinas, 0.43m), (MaminRapat, 0.26m), (Atk, 0.31m)),
            ]),
        ]),
    ];

    public static IEnumerable<SubKegiatanAnggaran> AllSubKegiatan =>
        Programs.SelectMany(p => p.Kegiatan).SelectMany(k => k.SubKegiatan);

    private static SubKegiatanAnggaran Sub(string kode, decimal pagu, params (Akun Akun, decimal Bagian)[] akun) =>
        new(Find(kode), pagu, [.. akun.Select(a => new PosAkun(a.Akun, a.Bagian))], PolaBelanja.Kegiatan);

    private static SubKegiatan Find(string kode) => Kantor.SubKegiatan.Single(s => s.Kode == kode);

    private static SubKegiatanAnggaran Gaji(string kode, decimal pagu) =>
        new(Find(kode), pagu,
            [new(GajiPokok, 0.50m), new(TunjanganKeluarga, 0.17m), new(TunjanganJabatan, 0.13m), new(TunjanganBeras, 0.20m)],
            PolaBelanja.Gaji);
}
