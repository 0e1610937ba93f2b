using SakipAnalytics.Ingest.Layout;

namespace SakipAnalytics.Ingest.Referensi;

/// <summary>The sheets and columns of the planners' reference workbook.</summary>
public static class ReferenceLayout
{
    public const string UnitSheet = "Unit Kerja";
    public const string IndicatorSheet = "Indikator";
    public const string RenstraSheet = "Target Renstra";
    public const string PkSheet = "Perjanjian Kinerja";
    public const string RencanaAksiSheet = "Rencana Aksi";
    public const string ComparatorSheet = "Pembanding";
    public const string SubKegiatanSheet = "Sub Kegiatan";

    /// <summary>The sheets that make a workbook a reference workbook.</summary>
    public static readonly string[] SheetNames = [UnitSheet, IndicatorSheet, RenstraSheet, PkSheet];

    /// <summary>Every sheet the workbook may hold.</summary>
    public static readonly string[] AllSheetNames =
        [UnitSheet, IndicatorSheet, RenstraSheet, PkSheet, RencanaAksiSheet, ComparatorSheet, SubKegiatanSheet];

    public static readonly HeaderLayout Units = new("Unit Kerja", [
        new("Kode Unit", true), new("Nama Unit Kerja", true), new("Jenis", true), new("Induk", false)]);

    public static readonly HeaderLayout Indicators = new("Indikator", [
        new("Kode Indikator", true), new("Indikator Kinerja", true), new("Satuan", true), new("Polaritas", true),
        new("Agregasi Bulanan", true), new("Jenis", true), new("Unit Penanggung Jawab", true), new("Kode Sasaran", true),
        new("Sasaran Strategis", true), new("Indikator Induk", false)]);

    public static readonly HeaderLayout Renstra = new("Target Renstra", [new("Kode Indikator", true)]);

    public static readonly HeaderLayout Pk = new("Perjanjian Kinerja", [
        new("Tahun", true), new("Kode Indikator", true), new("Target PK", true), new("Jenis PK", true),
        new("Tanggal Berlaku", true), new("Pagu Indikatif (Rp)", false, "Pagu Indikatif")]);

    public static readonly HeaderLayout RencanaAksi = new("Rencana Aksi", [new("Tahun", true), new("Kode Indikator", true)]);

    public static readonly HeaderLayout Comparators = new("Pembanding", [
        new("Kode Indikator", true), new("Tahun", true), new("Jenis Pembanding", true), new("Nama Pembanding", true),
        new("Nilai", true), new("Sumber", false)]);

    public static readonly HeaderLayout SubKegiatan = new("Sub Kegiatan", [
        new("Kode Sub Kegiatan", true), new("Nama Sub Kegiatan", true), new("Unit Kerja", true), new("Kode Indikator Didukung", false)]);
}
