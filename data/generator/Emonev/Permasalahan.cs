namespace SakipAnalytics.DataGenerator.Emonev;

/// <summary>A problem behind a physical lag and the solution the PPTK proposes.</summary>
public sealed record Permasalahan(string Masalah, string Solusi)
{
    public static IReadOnlyList<Permasalahan> Pool { get; } =
    [
        new("Proses pengadaan barang/jasa belum selesai", "Percepatan proses pemilihan penyedia melalui UKPBJ"),
        new("Menunggu penetapan penerima manfaat", "Koordinasi dengan PPK dan penyedia"),
        new("Keterlambatan penerbitan SP2D", "Koordinasi dengan BPKAD"),
        new("Penyesuaian jadwal kegiatan dengan kabupaten/kota", "Penjadwalan ulang kegiatan pada bulan berikutnya"),
    ];
}
