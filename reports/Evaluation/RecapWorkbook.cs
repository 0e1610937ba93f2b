using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Evaluation;
using SakipAnalytics.Model.Formatting;
using SakipAnalytics.Reports.Exports;
using SpreadCheetah;
using SpreadCheetah.Worksheets;

namespace SakipAnalytics.Reports.Evaluation;

/// <summary>
/// The recap workbook of a year's evaluation: the data sheets of <see cref="RecapSheets"/>, each
/// with a bold, frozen, filtered header, and a "Keterangan" sheet saying what was evaluated, under
/// which rubric and when the workbook was made, like the other exports.
/// </summary>
internal static class RecapWorkbook
{
    private const string AboutSheet = "Keterangan";

    public static void Write(OfficeEvaluation evaluation, OfficeProfile office, DateTimeOffset madeAt, Stream output) =>
        WriteAsync(evaluation, office, madeAt, output).GetAwaiter().GetResult();

    private static async Task WriteAsync(
        OfficeEvaluation evaluation, OfficeProfile office, DateTimeOffset madeAt, Stream output)
    {
        await using var book = await Spreadsheet.CreateNewAsync(output);
        var cells = new RecapCells(XlsxStyles.Add(book));
        foreach (var sheet in RecapSheets.All(evaluation, cells))
            await WriteSheet(book, sheet, cells.Styles);
        await WriteAbout(book, AboutLines(evaluation, office, madeAt), cells.Styles);
        await book.FinishAsync();
    }

    private static async Task WriteSheet(Spreadsheet book, RecapSheet sheet, XlsxStyles styles)
    {
        var header = $"A1:{SpreadsheetUtility.GetColumnName(sheet.Headers.Count)}1";
        var options = new WorksheetOptions { FrozenRows = 1, AutoFilter = new AutoFilterOptions(header) };
        for (var column = 1; column <= sheet.Headers.Count; column++)
            options.Column(column).Width = Math.Clamp(sheet.Headers[column - 1].Length + 4, 10, 40);

        await book.StartWorksheetAsync(sheet.Name, options);
        await book.AddRowAsync(sheet.Headers.Select(h => new Cell(h, styles.Bold)).ToArray());
        foreach (var row in sheet.Rows)
            await book.AddRowAsync(row);
    }

    private static async Task WriteAbout(Spreadsheet book, IEnumerable<(string, string)> lines, XlsxStyles styles)
    {
        var options = new WorksheetOptions();
        options.Column(1).Width = 32;
        options.Column(2).Width = 90;

        await book.StartWorksheetAsync(AboutSheet, options);
        foreach (var (name, value) in lines)
            await book.AddRowAsync([new Cell(name, styles.Bold), new Cell(value)]);
    }

    private static IEnumerable<(string, string)> AboutLines(
        OfficeEvaluation evaluation, OfficeProfile office, DateTimeOffset madeAt)
    {
        yield return ("Tabel", "Rekap hasil evaluasi akuntabilitas kinerja internal (LKE)");
        yield return ("Instansi", office.Name);
        yield return ("Tahun yang dievaluasi", $"{evaluation.Year}");
        yield return ("Rubrik", RubricText.Of(evaluation));
        yield return ("Jumlah unit", $"{evaluation.Units.Count}");
        yield return ("Peringkat",
            "Satu baris per unit: nilai akhir, predikat, nilai setiap komponen, nilai tahun lalu dan perubahannya.");
        yield return ("Kolom komponen", ComponentColumns.Of(evaluation).Legend());
        yield return ("Sub Komponen", "Satu baris per unit dan sub komponen: bobot, nilai dan capaian bobot (%).");
        yield return ("Selisih Evaluator",
            "Subtotal dan nilai akhir yang ditulis evaluator tetapi tidak sesuai dengan hasil hitung ulang.");
        yield return ("Uji Capaian Kinerja",
            "Jawaban Capaian Kinerja yang diuji terhadap capaian Desember dari data kinerja.");
        yield return ("Dibuat", IndonesianFormat.Moment(madeAt));
    }
}
