using SakipAnalytics.DataGenerator.Office;

namespace SakipAnalytics.DataGenerator.Capaian;

/// <summary>The obstacles and follow-ups units write, by kind of unit.</summary>
public static class KendalaPool
{
    private static readonly KendalaPair[] Bidang =
    [
        new("Keterlambatan laporan dari kabupaten/kota", "Koordinasi dengan Dinas Sosial kabupaten/kota"),
        new("Data penerima manfaat belum diverifikasi", "Percepatan verifikasi dan validasi data"),
        new("Pergantian operator SIKS-NG di kabupaten/kota", "Bimbingan teknis operator SIKS-NG"),
        new("Keterbatasan anggaran operasional", "Usulan tambahan anggaran pada APBD-P"),
    ];

    private static readonly KendalaPair[] Uptd =
    [
        new("Kapasitas panti terbatas", "Usulan penambahan kapasitas panti"),
        new("Keterbatasan tenaga pekerja sosial", "Pendampingan oleh pekerja sosial dari Dinas"),
        new("Penerima manfaat belum memiliki dokumen kependudukan", "Kerja sama dengan Disdukcapil untuk penerbitan dokumen"),
        new("Keluarga penerima manfaat sulit dihubungi", "Penjangkauan keluarga melalui pekerja sosial"),
        new("Keterbatasan anggaran permakanan", "Usulan tambahan anggaran pada APBD-P"),
    ];

    private static readonly KendalaPair[] Bencana =
    [
        new("Frekuensi bencana banjir meningkat", "Penempatan buffer stock di kabupaten/kota rawan bencana"),
        new("Stok logistik di gudang terbatas", "Pengadaan logistik tambahan melalui Belanja Tidak Terduga"),
        new("Cuaca ekstrem, akses ke lokasi bencana terputus", "Distribusi melalui jalur sungai bersama BPBD"),
        new("Anggota TAGANA tidak aktif karena bekerja di luar daerah", "Pemetaan ulang dan rekrutmen TAGANA baru"),
    ];

    private static readonly KendalaPair[] Sekretariat =
    [
        new("Keterlambatan penyampaian bahan dari bidang", "Surat edaran batas waktu penyampaian bahan"),
        new("Proses pengadaan barang/jasa belum selesai", "Percepatan proses pengadaan"),
        new("Revisi DPA belum ditetapkan", "Monitoring realisasi anggaran mingguan"),
    ];

    private static readonly KendalaPair[] Dinas =
    [
        new("Sebagian kabupaten/kota belum melaporkan data tepat waktu", "Rapat koordinasi triwulanan dengan kabupaten/kota"),
        new("Keterbatasan anggaran bantuan sosial", "Sinergi program dengan Kementerian Sosial"),
    ];

    public static IReadOnlyList<KendalaPair> For(UnitKerja unit)
    {
        ArgumentNullException.ThrowIfNull(unit);

        return unit.Kode switch
        {
            "DINSOS" => Dinas,
            "SEKRE" => Sekretariat,
            "PB" => Bencana,
            _ when unit.Jenis == "uptd" => Uptd,
            _ => Bidang,
        };
    }
}
