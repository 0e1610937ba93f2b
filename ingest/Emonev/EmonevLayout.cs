using SakipAnalytics.Ingest.Layout;

namespace SakipAnalytics.Ingest.Emonev;

/// <summary>The columns of the e-Monev RFK export.</summary>
public static class EmonevLayout
{
    public static readonly Column Kode = new("Kode", true);
    public static readonly Column Name = new("Program / Kegiatan / Sub Kegiatan", true, "Sub Kegiatan", "Program/Kegiatan/Sub Kegiatan");
    public static readonly Column Pagu = new("Pagu Anggaran (Rp)", true, "Pagu Anggaran", "Pagu");
    public static readonly Column TargetFisik = new("Target Fisik (%)", false);
    public static readonly Column RealisasiFisik = new("Realisasi Fisik (%)", true);
    public static readonly Column Rak =
        new("Target Keuangan / RAK s.d. Bulan Ini (Rp)", false, "RAK s.d. Bulan Ini (Rp)", "Target Keuangan (Rp)");
    public static readonly Column RealisasiKeuangan = new("Realisasi Keuangan (Rp)", true);
    public static readonly Column RealisasiKeuanganPercent = new("Realisasi Keuangan (%)", false);
    public static readonly Column Deviasi = new("Deviasi Fisik (%)", false);
    public static readonly Column Permasalahan = new("Permasalahan", false);
    public static readonly Column Solusi = new("Solusi", false);

    public static readonly HeaderLayout Layout = new(
        "e-Monev RFK",
        [Kode, Name, Pagu, TargetFisik, RealisasiFisik, Rak, RealisasiKeuangan, RealisasiKeuanganPercent, Deviasi, Permasalahan, Solusi]);
}
