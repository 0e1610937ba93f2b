using SakipAnalytics.Ingest.Detection;
using SakipAnalytics.Ingest.Layout;
using SakipAnalytics.Ingest.Loading;
using SakipAnalytics.Ingest.Parsing;
using SakipAnalytics.Ingest.Sheets;
using SakipAnalytics.Model.Evaluation;
using SakipAnalytics.Model.Store;
using L = SakipAnalytics.Ingest.Lke.LkeLayout;

namespace SakipAnalytics.Ingest.Lke;

/// <summary>
/// Loads an LKE worksheet as the evaluator filled it: the numbered tree of components,
/// sub-components and criteria, the answers, and the evaluator's own subtotals and total.
/// </summary>
public sealed class LkeLoader : IKindLoader
{
    /// <summary>The number under which the evaluator's final total is stored.</summary>
    public const string TotalNumber = LkeWorksheet.TotalNumber;

    public FileKind Kind => FileKind.Lke;

    public IReadOnlyList<string> FactTables { get; } = ["lke_row"];

    public LoadedContent Load(LoadContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        using var file = SpreadsheetFile.Open(context.Path);
        var located = HeaderLocator.Locate(file.FirstSheet(), L.Layout, context.Findings);
        if (located is null)
            return LoadedContent.Nothing;

        var unit = FileHeader.Unit(located, context.Reference, context.Findings);
        var year = EvaluatedYear(located, context);
        if (unit is null || year is null)
            return new LoadedContent(unit, year, null, 0);

        return new LoadedContent(unit, year, null, AppendRows(context, located, unit, year.Value));
    }

    private static int? EvaluatedYear(LocatedSheet sheet, LoadContext context)
    {
        var year = sheet.TitleLines.Select(t => TitleLines.EvaluatedYear(t.Text)).FirstOrDefault(y => y is not null);
        if (year is null)
        {
            context.Findings.Error(
                "Tahun yang dievaluasi tidak ditemukan", sheet.SheetName, null, expected: "baris 'Tahun yang dievaluasi : 2025'");
        }

        return year;
    }

    private static int AppendRows(LoadContext context, LocatedSheet sheet, string unit, int year)
    {
        using var appender = context.Store.Connection.CreateAppender("lke_row");
        var rows = new List<LkeRow>();
        var numbers = new List<int>();
        foreach (var row in sheet.DataRows)
        {
            if (LkeRow.Read(sheet, row, context.Findings) is not { } lke || Repeated(lke, rows, sheet, row, context))
                continue;

            appender.AppendRow(
                context.FileId, unit, year, lke.Number, lke.Depth, lke.Title, lke.Weight, lke.Answer, lke.EvaluatorValue,
                lke.Catatan, sheet.SheetName, row.Number);
            rows.Add(lke);
            numbers.Add(row.Number);
        }

        Complete(context, sheet, rows);
        // A file already rejected row by row is not scored: its unreadable answers would be reported again as missing.
        if (!context.Findings.HasErrors)
            LkeSubtotals.Report(Path.GetFileName(context.Path), unit, year, rows, numbers, sheet.SheetName, context.Findings);
        return rows.Count;
    }

    private static bool Repeated(LkeRow lke, List<LkeRow> rows, LocatedSheet sheet, SheetRow row, LoadContext context)
    {
        if (!rows.Exists(r => r.Number == lke.Number))
            return false;

        context.Findings.Error($"Nomor {lke.Number} muncul lebih dari sekali", sheet.SheetName, row.Number, L.Number.Name, lke.Number,
            "setiap nomor komponen, sub komponen dan kriteria sekali saja");
        return true;
    }

    private static void Complete(LoadContext context, LocatedSheet sheet, List<LkeRow> rows)
    {
        if (rows.Count == 0 || rows.TrueForAll(r => r.Answer is null))
            context.Findings.Error("Tidak ada baris kriteria berjawaban di bawah baris judul kolom", sheet.SheetName, sheet.HeaderRow);

        if (!rows.Exists(r => r.Number == TotalNumber))
        {
            context.Findings.Error(
                "Baris NILAI AKHIR tidak ditemukan di bawah data; berkas tampaknya terpotong", sheet.SheetName, null,
                expected: "baris 'NILAI AKHIR' sesudah kriteria terakhir");
        }
    }
}
