using SakipAnalytics.DataGenerator.Spreadsheet;

namespace SakipAnalytics.DataGenerator.Lke;

/// <summary>
/// The LKE sheet: a merged title, the unit and year, the header, the tree of components,
/// sub-components and criteria, and the NILAI AKHIR row.
/// </summary>
public static class LkeLayout
{
    public const int FirstDataRow = 6;

    private static readonly string[] Header =
        ["No", "Komponen / Sub Komponen / Kriteria", "Bobot (%)", "Jawaban", "Nilai", "Catatan Evaluator"];

    public static Sheet ToSheet(LkeWorksheet worksheet)
    {
        ArgumentNullException.ThrowIfNull(worksheet);

        var sheet = new Sheet("LKE");
        sheet.AddRow(Cell.Text("LEMBAR KERJA EVALUASI (LKE) AKUNTABILITAS KINERJA INTERNAL", CellStyle.Bold));
        sheet.AddRow(Cell.Text("Unit Kerja : " + worksheet.Unit.Nama));
        sheet.AddRow(Cell.Text("Tahun yang dievaluasi : " + worksheet.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        sheet.AddBlankRow();
        sheet.AddRow([.. Header.Select(h => Cell.Text(h, CellStyle.Bold))]);
        foreach (var node in LkeRubric.AllNodes)
            sheet.AddRow(Row(node, worksheet));

        sheet.AddRow(null, Cell.Text("NILAI AKHIR", CellStyle.Bold), Cell.Number(100), null, Cell.Fixed(worksheet.NilaiAkhir, 2));
        sheet.Merge("A1:F1");
        Widths(sheet);
        return sheet;
    }

    /// <summary>The sheet row of a node, counting from the first data row.</summary>
    public static int RowOf(string nomor) =>
        FirstDataRow + LkeRubric.AllNodes.Select((n, i) => (n, i)).Single(x => x.n.Nomor == nomor).i;

    private static Cell?[] Row(LkeNode node, LkeWorksheet worksheet)
    {
        var style = node.IsCriterion ? CellStyle.Normal : CellStyle.Bold;
        if (node.IsCriterion)
        {
            var note = worksheet.Notes.TryGetValue(node.Nomor, out var text) ? Cell.Text(text) : null;
            return [Cell.Text(node.Nomor), Cell.Text(node.Uraian), null, Cell.Text(worksheet.Answers[node.Nomor]), null, note];
        }

        return
        [
            Cell.Text(node.Nomor, style), Cell.Text(node.Uraian, style), Cell.Number(node.Bobot!.Value), null,
            Cell.Fixed(worksheet.Nilai[node.Nomor], 2),
        ];
    }

    private static void Widths(Sheet sheet)
    {
        double[] widths = [9, 80, 10, 9, 9, 45];
        for (var c = 0; c < widths.Length; c++)
            sheet.Width(c + 1, widths[c]);
    }
}
