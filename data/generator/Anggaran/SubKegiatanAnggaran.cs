using SakipAnalytics.DataGenerator.Office;

namespace SakipAnalytics.DataGenerator.Anggaran;

/// <summary>A sub kegiatan in the DPA: its 2025 pagu, its accounts and how it spends.</summary>
public sealed record SubKegiatanAnggaran(SubKegiatan SubKegiatan, decimal Pagu2025, IReadOnlyList<PosAkun> Akun, PolaBelanja Pola)
{
    public string Kode => SubKegiatan.Kode;
}
