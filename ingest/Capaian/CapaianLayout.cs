using SakipAnalytics.Ingest.Layout;

namespace SakipAnalytics.Ingest.Capaian;

/// <summary>The columns of a unit's monthly capaian report.</summary>
public static class CapaianLayout
{
    public static readonly Column Code = new("Kode Indikator", true);
    public static readonly Column Name = new("Indikator Kinerja", true, "Indikator");
    public static readonly Column Satuan = new("Satuan", false);
    public static readonly Column AnnualTarget = new("Target Tahunan", true, "Target");
    public static readonly Column TargetToDate =
        new("Target s.d. Bulan Ini", false, "Target sd Bulan Ini", "Target s/d Bulan Ini");
    public static readonly Column RealisasiMonth = new("Realisasi Bulan Ini", false);
    public static readonly Column RealisasiToDate =
        new("Realisasi s.d. Bulan Ini", true, "Realisasi sd Bulan Ini", "Realisasi s/d Bulan Ini");
    public static readonly Column Capaian = new("Capaian (%)", false, "Capaian", "Capaian %");
    public static readonly Column Kendala = new("Kendala", false);
    public static readonly Column TindakLanjut = new("Tindak Lanjut", false);

    public static readonly HeaderLayout Layout = new(
        "laporan capaian",
        [Code, Name, Satuan, AnnualTarget, TargetToDate, RealisasiMonth, RealisasiToDate, Capaian, Kendala, TindakLanjut]);
}
