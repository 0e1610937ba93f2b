using SakipAnalytics.DataGenerator.Numbers;
using SakipAnalytics.DataGenerator.Scale;
using SakipAnalytics.DataGenerator.Spreadsheet;
using SakipAnalytics.DataGenerator.Targets;

namespace SakipAnalytics.DataGenerator.Capaian;

/// <summary>
/// The monthly capaian layout: five title rows (the first three merged across), the header, a
/// row of column numbers, one row per indicator, and the signature block.
/// </summary>
public static class CapaianLayout
{
    public const int FirstDataRow = 9;
    public const string CapaianColumn = "J";

    private static readonly string[] Header =
    [
        "No", "Sasaran", "Kode Indikator", "Indikator Kinerja", "Satuan", "Target Tahunan", "Target s.d. Bulan Ini",
        "Realisasi Bulan Ini", "Realisasi s.d. Bulan Ini", "Capaian (%)", "Kendala", "Tindak Lanjut",
    ];

    public static Sheet ToSheet(CapaianReport report, bool numbersAsText)
    {
        ArgumentNullException.ThrowIfNull(report);

        var sheet = new Sheet("Capaian");
        Titles(sheet, report);
        sheet.AddRow([.. Header.Select(h => Cell.Text(h, CellStyle.Bold))]);
        sheet.AddRow([.. Header.Select((_, i) => Cell.Text((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)))]);
        foreach (var row in report.Rows)
            sheet.AddRow(Data(row, numbersAsText));

        sheet.AddBlankRow();
        Signature(sheet, report);
        Widths(sheet);
        return sheet;
    }

    private static void Titles(Sheet sheet, CapaianReport report)
    {
        sheet.AddRow(Cell.Text(DataSetScope.Current.Office.Pemerintah, CellStyle.Bold));
        sheet.AddRow(Cell.Text("DINAS SOSIAL", CellStyle.Bold));
        sheet.AddRow(Cell.Text("LAPORAN CAPAIAN PERJANJIAN KINERJA BULANAN", CellStyle.Bold));
        sheet.AddRow(Cell.Text("Unit Kerja : " + report.Unit.Nama));
        sheet.AddRow(Cell.Text("Bulan : " + report.Periode.Label));
        sheet.AddBlankRow();
        foreach (var row in new[] { 1, 2, 3 })
            sheet.Merge($"A{row}:L{row}");
    }

    private static Cell?[] Data(CapaianRow row, bool numbersAsText) =>
    [
        Cell.Number(row.No),
        Cell.Text(row.Indikator.Sasaran.Uraian),
        Cell.Text(row.Indikator.Kode),
        Cell.Text(row.Indikator.Nama),
        Cell.Text(row.Indikator.Satuan),
        Value(row.TargetTahunan, numbersAsText),
        Value(row.TargetSdBulanIni, numbersAsText),
        Value(row.RealisasiBulanIni, numbersAsText),
        Value(row.RealisasiSdBulanIni, numbersAsText),
        numbersAsText ? Cell.Text(AngkaIndonesia.Percent(row.Capaian)) : Cell.Fixed(row.Capaian, 2),
        row.Kendala is null ? null : Cell.Text(row.Kendala.Kendala),
        row.Kendala is null ? null : Cell.Text(row.Kendala.TindakLanjut),
    ];

    private static Cell Value(TargetValue value, bool numbersAsText) =>
        numbersAsText && value.Angka is { } number ? Cell.Text(AngkaIndonesia.Text(number)) : value.ToCell();

    private static void Signature(Sheet sheet, CapaianReport report)
    {
        var column = new Cell?[8];
        sheet.AddRow([.. column, Cell.Text("Banjarmasin, " + report.Periode.DayOfNextMonth(report.SignedOnDay))]);
        sheet.AddRow([.. column, Cell.Text(report.Unit.Jabatan)]);
        sheet.AddRow([.. column, Cell.Text("NAMA KEPALA UNIT")]);
        sheet.AddRow([.. column, Cell.Text("NIP. 000000000000000000")]);
    }

    private static void Widths(Sheet sheet)
    {
        double[] widths = [5, 38, 12, 55, 10, 12, 12, 12, 12, 11, 36, 36];
        for (var c = 0; c < widths.Length; c++)
            sheet.Width(c + 1, widths[c]);
    }
}
