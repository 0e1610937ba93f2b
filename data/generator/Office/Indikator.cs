namespace SakipAnalytics.DataGenerator.Office;

/// <summary>A performance indicator as the reference workbook defines it.</summary>
public sealed record Indikator(
    string Kode,
    string Nama,
    string Satuan,
    Polaritas Polaritas,
    Agregasi Agregasi,
    string Jenis,
    string UnitKode,
    Sasaran Sasaran,
    string? Induk)
{
    public bool IsPredikat => Satuan == "predikat";

    public bool IsPercent => Satuan == "%";

    /// <summary>Counts of people, families or institutions are whole numbers.</summary>
    public bool IsCount => !IsPercent && !IsPredikat;
}
