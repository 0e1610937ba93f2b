using SakipAnalytics.DataGenerator.Office;
using SakipAnalytics.DataGenerator.Spreadsheet;

namespace SakipAnalytics.DataGenerator.Emonev;

/// <summary>
/// The e-Monev RFK sheet: three merged title rows, the header, a row of column numbers, one row
/// per sub kegiatan and the JUMLAH row.
/// </summary>
public static class RfkLayout
{
    public const int FirstDataRow = 7;

    private static readonly string[] Header =
    [
        "No", "Kode", "Program / Kegiatan / Sub Kegiatan", "Pagu Anggaran (Rp)", "Target Fisik (%)", "Realisasi Fisik (%)",
        "Target Keuangan / RAK s.d. Bulan Ini (Rp)", "Realisasi Keuangan (Rp)", "Realisasi Keuangan (%)", "Deviasi Fisik (%)",
        "Permasalahan", "Solusi",
    ];

    public static Sheet ToSheet(RfkReport report)
    {
        ArgumentNullException.ThrowIfNull(report);

        var sheet = new Sheet("RFK " + report.Periode.NamaBulan);
        sheet.AddRow(Cell.Text("RENCANA DAN REALISASI FISIK DAN KEUANGAN (RFK)", CellStyle.Bold));
        sheet.AddRow(Cell.Text("Perangkat Daerah : " + Kantor.Nama));
        sheet.AddRow(Cell.Text($"Bulan : {report.Periode.NamaBulan}   Tahun Anggaran : {report.Periode.Year}"));
        sheet.AddBlankRow();
        sheet.AddRow([.. Header.Select(h => Cell.Text(h, CellStyle.Bold))]);
        sheet.AddRow([.. Header.Select((_, i) => Cell.Number(i + 1))]);
        foreach (var row in report.Rows)
            sheet.AddRow(Row(row));

        sheet.AddRow(Total(report));
        foreach (var row in new[] { 1, 2, 3 })
            sheet.Merge($"A{row}:L{row}");

        Widths(sheet);
        return sheet;
    }

    private static Cell?[] Row(RfkRow row) =>
    [
        Cell.Number(row.No),
        Cell.Text(row.Sub.Kode),
        Cell.Text(row.Sub.SubKegiatan.Nama),
        Cell.Rupiah(row.Pagu),
        Cell.Fixed(row.TargetFisik, 2),
        Cell.Fixed(row.RealisasiFisik, 2),
        Cell.Rupiah(row.Rak),
        Cell.Rupiah(row.RealisasiKeuangan),
        Cell.Fixed(row.RealisasiKeuanganPersen, 2),
        Cell.Fixed(row.DeviasiFisik, 2),
        row.Permasalahan is null ? null : Cell.Text(row.Permasalahan.Masalah),
        row.Permasalahan is null ? null : Cell.Text(row.Permasalahan.Solusi),
    ];

    private static Cell?[] Total(RfkReport report)
    {
        var pagu = report.Rows.Sum(r => r.Pagu);
        var spent = report.Rows.Sum(r => r.RealisasiKeuangan);
        return
        [
            null, null, Cell.Text("JUMLAH", CellStyle.Bold), Cell.Rupiah(pagu), null, null,
            Cell.Rupiah(report.Rows.Sum(r => r.Rak)), Cell.Rupiah(spent),
            Cell.Fixed(Numbers.Rounding.HalfUp(spent / pagu * 100m, 2), 2),
        ];
    }

    private static void Widths(Sheet sheet)
    {
        double[] widths = [5, 20, 60, 18, 10, 10, 20, 20, 10, 10, 36, 36];
        for (var c = 0; c < widths.Length; c++)
            sheet.Width(c + 1, widths[c]);
    }
}
