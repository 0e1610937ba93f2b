using SakipAnalytics.Ingest.Layout;

namespace SakipAnalytics.Ingest.Lra;

/// <summary>The columns of the SIPD budget realisation export.</summary>
public static class LraLayout
{
    public static readonly Column Kode = new("Kode Rekening", true);
    public static readonly Column Uraian = new("Uraian", true);
    public static readonly Column Anggaran = new("Anggaran", true, "Pagu", "Anggaran (Rp)");
    public static readonly Column LastMonth = new("Realisasi s.d. Bulan Lalu", false, "Realisasi sd Bulan Lalu");
    public static readonly Column ThisMonth = new("Realisasi Bulan Ini", false);
    public static readonly Column ToDate = new("Realisasi s.d. Bulan Ini", true, "Realisasi sd Bulan Ini");
    public static readonly Column Sisa = new("Sisa Anggaran", false);
    public static readonly Column Percent = new("%", false);

    public static readonly HeaderLayout Layout = new(
        "LRA",
        [Kode, Uraian, Anggaran, LastMonth, ThisMonth, ToDate, Sisa, Percent]);
}
