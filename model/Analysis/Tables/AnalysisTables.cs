namespace SakipAnalytics.Model.Analysis.Tables;

/// <summary>Every computed table, in the order the README lists them.</summary>
public static class AnalysisTables
{
    private const TableDimensions YearMonthUnit = TableDimensions.Year | TableDimensions.Month | TableDimensions.Unit;
    private const TableDimensions YearUnit = TableDimensions.Year | TableDimensions.Unit;
    private const TableDimensions YearMonth = TableDimensions.Year | TableDimensions.Month;

    public static IReadOnlyList<AnalysisTable> All { get; } =
    [
        new("capaian_bulanan", "Capaian per indikator, unit dan bulan", YearMonthUnit, "CapaianBulanan"),
        new("capaian_triwulan", "Capaian per triwulan dan s.d. triwulan", YearUnit, "CapaianTriwulan"),
        new("capaian_tahunan", "Capaian tahunan, dibandingkan tahun lalu, hutang kinerja dan target akhir Renstra", YearUnit,
            "CapaianTahunan"),
        new("capaian_sasaran", "Capaian sasaran (rata-rata indikatornya)", YearMonth, "CapaianSasaran"),
        new("seri_renstra", "Seri tahunan sejak kondisi awal Renstra", TableDimensions.Year, "SeriRenstra"),
        new("pembanding", "Realisasi dibandingkan target RPJMD, SPM dan instansi sejenis", TableDimensions.Year, "Pembanding"),
        new("kaskade", "IKU dengan indikator program dan kegiatan di bawahnya", YearMonth, "Kaskade") { Required = YearMonth },
        new("anggaran", "Pagu, realisasi dan serapan per dinas, unit, program, kegiatan dan sub kegiatan", YearMonthUnit, "Anggaran"),
        new("rfk", "Realisasi fisik dan keuangan e-Monev terhadap RAK dan LRA", YearMonthUnit, "Rfk"),
        new("efisiensi", "Efisiensi penggunaan anggaran per indikator", YearMonthUnit, "Efisiensi"),
        new("kinerja_unit", "Pembandingan kinerja unit per bulan", YearMonthUnit, "KinerjaUnit"),
        new("peringatan_capaian", "Proyeksi capaian akhir tahun dan peringatan dini", YearMonthUnit, "PeringatanCapaian"),
        new("peringatan_serapan", "Proyeksi serapan anggaran akhir tahun dan peringatan dini", YearMonthUnit, "PeringatanSerapan"),
        new("kelengkapan", "Laporan capaian unit yang diterima, terlambat atau belum diterima", YearMonthUnit, "Kelengkapan"),
        new("temuan", "Semua temuan kualitas data dan rekonsiliasi", YearMonthUnit, "Temuan"),
    ];

    public static AnalysisTable? Find(string name) =>
        All.FirstOrDefault(t => string.Equals(t.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
}
