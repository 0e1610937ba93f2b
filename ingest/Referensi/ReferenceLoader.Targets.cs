using System.Globalization;
using System.Text.RegularExpressions;
using SakipAnalytics.Ingest.Loading;
using SakipAnalytics.Ingest.Parsing;
using SakipAnalytics.Model.Formatting;

namespace SakipAnalytics.Ingest.Referensi;

/// <summary>The Target Renstra, Perjanjian Kinerja and Rencana Aksi sheets.</summary>
public sealed partial class ReferenceLoader
{
    private static int AppendRenstra(LoadContext context, ReferenceRows sheet, ReferenceKeys known)
    {
        using var appender = context.Store.Connection.CreateAppender("renstra_target");
        var checks = new ReferenceChecks(sheet, context.Findings);
        var columns = RenstraColumns(sheet);
        var count = 0;
        foreach (var row in sheet.Rows)
        {
            if (checks.Known(row, "Kode Indikator", known.Indicators, "kode dari sheet Indikator") is not { } code)
                continue;

            foreach (var (index, kind, year) in columns.Where(c => row.Raw(c.Index) is not null))
            {
                if (checks.Target(row, sheet.Sheet.HeaderCells[index]!, row.Raw(index), row.Text(index)) is not { } target)
                    continue;

                appender.CreateRow().AppendValue(code).AppendValue(year).AppendValue(kind).AppendValue(row.Text(index)).AppendValue(target.Low).AppendValue(target.High)
                    .AppendValue(context.FileId).AppendValue(sheet.Sheet.SheetName).AppendValue(row.Number).EndRow();
                count++;
            }
        }

        return count;
    }

    private static List<(int Index, string Kind, int Year)> RenstraColumns(ReferenceRows sheet) =>
    [
        .. sheet.Dynamic(BaselinePattern()).Select(c => (c.Index, "awal", Year(c.Captured))),
        .. sheet.Dynamic(YearTargetPattern()).Select(c => (c.Index, "tahunan", Year(c.Captured))),
        .. sheet.Dynamic(EndTargetPattern()).Select(c => (c.Index, "akhir", Year(c.Captured))),
    ];

    private static int AppendPk(LoadContext context, ReferenceRows sheet, ReferenceKeys known)
    {
        using var appender = context.Store.Connection.CreateAppender("pk_target");
        var checks = new ReferenceChecks(sheet, context.Findings);
        var count = 0;
        foreach (var row in sheet.Rows)
        {
            var year = checks.Year(row, "Tahun");
            var code = checks.Known(row, "Kode Indikator", known.Indicators, "kode dari sheet Indikator");
            var target = checks.Target(row, "Target PK", sheet.Cell(row, "Target PK"), sheet.Text(row, "Target PK"));
            var version = checks.OneOf(row, "Jenis PK", ["Murni", "Perubahan"]);
            var from = EffectiveDate(checks, sheet, row);
            var pagu = Pagu(checks, sheet, row);
            if (year is null || code is null || target is null || version is null || from is null)
                continue;

            appender.CreateRow().AppendValue(year).AppendValue(code).AppendValue(sheet.Text(row, "Target PK")).AppendValue(target.Low).AppendValue(target.High)
                .AppendValue(version).AppendValue(from.Value).AppendValue(pagu)
                .AppendValue(context.FileId).AppendValue(sheet.Sheet.SheetName).AppendValue(row.Number).EndRow();
            count++;
        }

        return count;
    }

    private static int AppendRencanaAksi(LoadContext context, ReferenceRows sheet, ReferenceKeys known)
    {
        using var appender = context.Store.Connection.CreateAppender("rencana_aksi");
        var checks = new ReferenceChecks(sheet, context.Findings);
        var months = sheet.Dynamic(MonthTargetPattern()).Select(c => (c.Index, Month: IndonesianFormat.ParseMonth(c.Captured))).Where(c => c.Month is not null).ToList();
        var count = 0;
        foreach (var row in sheet.Rows)
        {
            var year = checks.Year(row, "Tahun");
            var code = checks.Known(row, "Kode Indikator", known.Indicators, "kode dari sheet Indikator");
            foreach (var (index, month) in months.Where(m => row.Raw(m.Index) is not null && year is not null && code is not null))
            {
                if (checks.Target(row, sheet.Sheet.HeaderCells[index]!, row.Raw(index), row.Text(index)) is not { } target)
                    continue;

                appender.CreateRow().AppendValue(year).AppendValue(code).AppendValue(month).AppendValue(row.Text(index)).AppendValue(target.Low).AppendValue(target.High)
                    .AppendValue(context.FileId).AppendValue(sheet.Sheet.SheetName).AppendValue(row.Number).EndRow();
                count++;
            }
        }

        return count;
    }

    private static DateOnly? EffectiveDate(ReferenceChecks checks, ReferenceRows sheet, Sheets.SheetRow row)
    {
        var date = DateText.Read(sheet.Cell(row, "Tanggal Berlaku"));
        if (date is null)
            checks.Report(row, "Tanggal Berlaku", sheet.Text(row, "Tanggal Berlaku"), DateText.Expected);
        return date;
    }

    private static decimal? Pagu(ReferenceChecks checks, ReferenceRows sheet, Sheets.SheetRow row)
    {
        var number = IndonesianNumber.Read(sheet.Cell(row, "Pagu Indikatif (Rp)"));
        if (!number.IsValid)
            checks.Report(row, "Pagu Indikatif (Rp)", sheet.Text(row, "Pagu Indikatif (Rp)"), IndonesianNumber.Expected);
        return number.Value;
    }

    private static int Year(string text) => int.Parse(text, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^Kondisi\s+Awal\s+(\d{4})$", RegexOptions.IgnoreCase)]
    private static partial Regex BaselinePattern();

    [GeneratedRegex(@"^Target\s+(\d{4})$", RegexOptions.IgnoreCase)]
    private static partial Regex YearTargetPattern();

    [GeneratedRegex(@"^Kondisi\s+Akhir\s+(\d{4})$", RegexOptions.IgnoreCase)]
    private static partial Regex EndTargetPattern();

    [GeneratedRegex(@"^Target\s+(\p{L}+)$", RegexOptions.IgnoreCase)]
    private static partial Regex MonthTargetPattern();
}
