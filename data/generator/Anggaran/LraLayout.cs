using SakipAnalytics.DataGenerator.Scale;
using SakipAnalytics.DataGenerator.Spreadsheet;

namespace SakipAnalytics.DataGenerator.Anggaran;

/// <summary>
/// The SIPD LRA export: four title rows, a blank line, the header, the tree of rows, the
/// JUMLAH BELANJA row and the signature block.
/// </summary>
public static class LraLayout
{
    public const int FirstDataRow = 7;

    private static readonly string[] Header =
    [
        "Kode Rekening", "Uraian", "Anggaran", "Realisasi s.d. Bulan Lalu", "Realisasi Bulan Ini",
        "Realisasi s.d. Bulan Ini", "Sisa Anggaran", "%",
    ];

    public static Sheet ToSheet(LraStatement statement, int signedOnDay)
    {
        ArgumentNullException.ThrowIfNull(statement);

        var sheet = new Sheet("LRA");
        var periode = statement.Periode;
        sheet.AddRow(Cell.Text(DataSetScope.Current.Office.Pemerintah));
        sheet.AddRow(Cell.Text("LAPORAN REALISASI ANGGARAN PENDAPATAN DAN BELANJA DAERAH"));
        sheet.AddRow(Cell.Text("SKPD : " + Dpa.Skpd));
        sheet.AddRow(Cell.Text($"Periode : 1 Januari {periode.Year} s.d. {periode.LastDay} {periode.Label}"));
        sheet.AddBlankRow();
        sheet.AddRow([.. Header.Select(h => Cell.Text(h))]);
        foreach (var line in statement.Lines)
            sheet.AddRow(Row(line));

        sheet.AddRow(Row(statement.Total));
        sheet.AddBlankRow();
        Signature(sheet, periode.DayOfNextMonth(signedOnDay));
        return sheet;
    }

    private static Cell?[] Row(LraLine line) =>
    [
        line.Kode.Length == 0 ? null : Cell.Text(line.Kode),
        Cell.Text(line.Uraian),
        Cell.Rupiah(line.Anggaran),
        Cell.Rupiah(line.SdBulanLalu),
        Cell.Rupiah(line.BulanIni),
        Cell.Rupiah(line.SdBulanIni),
        Cell.Rupiah(line.Sisa),
        Cell.Fixed(line.Persen, 2),
    ];

    private static void Signature(Sheet sheet, string date)
    {
        sheet.AddRow(null, Cell.Text("Banjarmasin, " + date));
        sheet.AddRow(null, Cell.Text("Pejabat Penatausahaan Keuangan"));
        sheet.AddRow(null, Cell.Text("NAMA PEJABAT"));
        sheet.AddRow(null, Cell.Text("NIP. 000000000000000000"));
    }
}
