using DuckDB.NET.Data;
using SakipAnalytics.Ingest.Detection;
using SakipAnalytics.Ingest.Layout;
using SakipAnalytics.Ingest.Loading;
using SakipAnalytics.Ingest.Parsing;
using SakipAnalytics.Ingest.Reconciliation;
using SakipAnalytics.Ingest.Sheets;

namespace SakipAnalytics.Ingest.Lra;

/// <summary>Loads the office's monthly budget realisation (LRA) exported from SIPD, streaming its rows.</summary>
public sealed class LraLoader : IKindLoader
{
    public FileKind Kind => FileKind.Lra;

    public IReadOnlyList<string> FactTables { get; } = ["lra_line"];

    public LoadedContent Load(LoadContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        return OfficeMonthFile.Load(
            context, LraLayout.Layout, (sheet, period) => AppendLines(context, sheet, period), SpendingReconciliation.LraAgainstEmonev);
    }

    private static int AppendLines(LoadContext context, LocatedSheet sheet, (int Year, int Month) period)
    {
        var reader = new LraLineReader(sheet, context.Findings);
        var sums = new LraSums();
        using var appender = context.Store.Connection.CreateAppender("lra_line");
        var count = 0;
        foreach (var row in sheet.DataRows)
        {
            if (IsTotal(sheet, row))
                return Total(context, sheet, row, reader, sums, count);

            if (Line(context, sheet, row, reader) is not { } line)
                continue;

            sums.Add(line);
            Append(appender, context.FileId, period, line);
            count++;
        }

        context.Findings.Error(
            "Baris JUMLAH tidak ditemukan di bawah data; berkas tampaknya terpotong", sheet.SheetName, null,
            expected: "baris 'JUMLAH BELANJA' sesudah baris rekening terakhir, seperti ekspor SIPD");
        return count;
    }

    private static LraLine? Line(LoadContext context, LocatedSheet sheet, SheetRow row, LraLineReader reader)
    {
        if (sheet.Text(row, LraLayout.Kode) is { } kode)
            return RowShape.Fits(sheet, row, context.Findings) ? reader.Read(row, kode) : null;

        if (IndonesianNumber.Read(sheet.Cell(row, LraLayout.Anggaran)).Value is not null)
        {
            context.Findings.Error(
                "Baris berisi anggaran tetapi Kode Rekening kosong", sheet.SheetName, row.Number,
                LraLayout.Kode.Name, expected: LraLevel.Expected);
        }

        return null;
    }

    private static int Total(LoadContext context, LocatedSheet sheet, SheetRow row, LraLineReader reader, LraSums sums, int count)
    {
        var anggaran = reader.Money(row, LraLayout.Anggaran) ?? 0;
        var toDate = reader.Money(row, LraLayout.ToDate) ?? 0;
        sums.ReportTotal(row.Number, anggaran, toDate, sheet.SheetName, context.Findings);
        sums.Report(sheet.SheetName, context.Findings);
        if (count == 0)
            context.Findings.Error("Tidak ada baris rekening di atas baris JUMLAH", sheet.SheetName, row.Number);
        return count;
    }

    private static bool IsTotal(LocatedSheet sheet, SheetRow row) =>
        sheet.Text(row, LraLayout.Kode) is null && RowShape.IsTotal(sheet.Text(row, LraLayout.Uraian));

    private static void Append(DuckDBAppender appender, int fileId, (int Year, int Month) period, LraLine line)
    {
        appender.CreateRow()
            .AppendValue(fileId).AppendValue(period.Year).AppendValue(period.Month).AppendValue(line.LineNo)
            .AppendValue(line.Kode).AppendValue(line.Level).AppendValue(line.ParentKode).AppendValue(line.Uraian)
            .AppendValue(line.Anggaran).AppendValue(line.RealisasiLalu ?? 0m).AppendValue(line.RealisasiBulan ?? 0m)
            .AppendValue(line.RealisasiToDate).AppendValue(line.Row)
            .EndRow();
    }
}
