namespace SakipAnalytics.Ingest.Tests.Fixtures;

/// <summary>Writes small monthly capaian CSV files in the units' layout, with the lines a test needs.</summary>
public static class CapaianCsv
{
    public const string Header =
        "No;Sasaran;Kode Indikator;Indikator Kinerja;Satuan;Target Tahunan;Target s.d. Bulan Ini;"
        + "Realisasi Bulan Ini;Realisasi s.d. Bulan Ini;Capaian (%);Kendala;Tindak Lanjut";

    public static string For(string unit, string month, params string[] lines) =>
        string.Join(
            "\r\n",
            new[]
            {
                "PEMERINTAH PROVINSI KALIMANTAN SELATAN",
                "LAPORAN CAPAIAN PERJANJIAN KINERJA BULANAN",
                $"Unit Kerja : {unit}",
                $"Bulan : {month}",
                "",
                Header,
                "1;2;3;4;5;6;7;8;9;10;11;12",
            }.Concat(lines).Concat(["", ";;;;;;;;Banjarmasin, 5 April 2026"]));

    /// <summary>A correct line for REH.02 (negatif): target 5, realisasi 6,17, capaian 76,60.</summary>
    public const string Reh02 =
        "1;Meningkatnya kemandirian PPKS;REH.02;Persentase eks penerima manfaat panti yang kembali menjadi PPKS;"
        + "%;5;5;6,17;6,17;76,60;;";
}
