using SakipAnalytics.Ingest.Detection;
using SakipAnalytics.Ingest.Layout;
using SakipAnalytics.Ingest.Loading;
using SakipAnalytics.Ingest.Parsing;
using SakipAnalytics.Ingest.Sheets;
using L = SakipAnalytics.Ingest.Lke.LkeLayout;

namespace SakipAnalytics.Ingest.Lke;

/// <summary>
/// Loads an LKE worksheet as the evaluator filled it: the numbered tree of components,
/// sub-components and criteria, the answers, and the evaluator's own subtotals and total.
/// </summary>
public sealed class LkeLoader : IKindLoader
{
    /// <summary>The number under which the evaluator's final total is stored.</summary>
    public const string TotalNumber = "NILAI AKHIR";

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
            return LoadedContent.Nothing;

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
        var count = 0;
        foreach (var row in sheet.DataRows)
        {
            if (LkeRow.Read(sheet, row, context.Findings) is not { } lke)
                continue;

            appender.CreateRow()
                .AppendValue(context.FileId).AppendValue(unit).AppendValue(year).AppendValue(lke.Number).AppendValue(lke.Depth)
                .AppendValue(lke.Title).AppendValue(lke.Weight).AppendValue(lke.Answer).AppendValue(lke.EvaluatorValue)
                .AppendValue(lke.Catatan).AppendValue(sheet.SheetName).AppendValue(row.Number)
                .EndRow();
            count++;
        }

        return count;
    }
}
