using DuckDB.NET.Data;
using SakipAnalytics.Ingest.Detection;
using SakipAnalytics.Ingest.Layout;
using SakipAnalytics.Ingest.Loading;
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

        using var file = SpreadsheetFile.Open(context.Path);
        var located = HeaderLocator.Locate(file.FirstSheet(), LraLayout.Layout, context.Findings);
        if (located is null)
            return LoadedContent.Nothing;

        var period = FileHeader.Period(located, context.Findings);
        var unit = OfficeUnit(context);
        if (period is null || unit is null)
            return LoadedContent.Nothing;

        var rows = AppendLines(context, located, period.Value);
        return new LoadedContent(unit, period.Value.Year, period.Value.Month, rows);
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
            {
                var anggaran = reader.Money(row, LraLayout.Anggaran) ?? 0;
                var toDate = reader.Money(row, LraLayout.ToDate) ?? 0;
                sums.ReportTotal(row.Number, anggaran, toDate, sheet.SheetName, context.Findings);
                break;
            }

            if (sheet.Text(row, LraLayout.Kode) is not { } kode || reader.Read(row, kode) is not { } line)
                continue;

            sums.Add(line);
            Append(appender, context.FileId, period, line);
            count++;
        }

        sums.Report(sheet.SheetName, context.Findings);
        return count;
    }

    private static bool IsTotal(LocatedSheet sheet, SheetRow row) =>
        sheet.Text(row, LraLayout.Kode) is null
        && (sheet.Text(row, LraLayout.Uraian) ?? "").Contains("JUMLAH", StringComparison.OrdinalIgnoreCase);

    private static string? OfficeUnit(LoadContext context)
    {
        if (context.Reference.OfficeUnit is null)
        {
            context.Findings.Error(
                "Workbook referensi belum memuat unit berjenis 'dinas' sebagai pemilik LRA", null, null,
                expected: "satu baris Jenis = dinas di sheet Unit Kerja");
        }

        return context.Reference.OfficeUnit;
    }

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
