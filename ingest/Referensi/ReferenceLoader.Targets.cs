using System.Globalization;
using System.Text.RegularExpressions;
using SakipAnalytics.Ingest.Loading;
using SakipAnalytics.Ingest.Parsing;
using SakipAnalytics.Ingest.Sheets;
using SakipAnalytics.Model.Formatting;
using SakipAnalytics.Model.Store;

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
            if (checks.Known(row, "Kode Indikator", known.Indicators, IndicatorExpected) is not { } code)
                continue;

            foreach (var (index, kind, year) in columns.Where(c => row.Raw(c.Index) is not null))
            {
                if (TargetIn(checks, sheet, row, index) is not { } target)
                    continue;

                appender.AppendRow(
                    code, year, kind, row.Text(index), target.Low, target.High, context.FileId, sheet.Name, row.Number);
                count++;
            }
        }

        return count;
    }

    private static int AppendPk(LoadContext context, ReferenceRows sheet, ReferenceKeys known)
    {
        using var appender = context.Store.Connection.CreateAppender("pk_target");
        var checks = new ReferenceChecks(sheet, context.Findings);
        var versions = new Dictionary<(int, string, string, DateOnly), int>();
        var count = 0;
        foreach (var row in sheet.Rows)
        {
            var year = checks.Year(row, "Tahun");
            var code = checks.Known(row, "Kode Indikator", known.Indicators, IndicatorExpected);
            var target = checks.Target(row, "Target PK", sheet.Cell(row, "Target PK"), sheet.Text(row, "Target PK"));
            var version = checks.OneOf(row, "Jenis PK", ["Murni", "Perubahan"]);
            var from = EffectiveDate(checks, sheet, row);
            var pagu = Pagu(checks, sheet, row);
            if (year is null || code is null || target is null || version is null || from is null
                || !PkVersionFits(checks, sheet, row, (year.Value, code, version, from.Value), versions))
                continue;

            appender.AppendRow(
                year, code, sheet.Text(row, "Target PK"), target.Low, target.High, version, from, pagu,
                context.FileId, sheet.Name, row.Number);
            count++;
        }

        return count;
    }

    private static int AppendRencanaAksi(LoadContext context, ReferenceRows sheet, ReferenceKeys known)
    {
        using var appender = context.Store.Connection.CreateAppender("rencana_aksi");
        var checks = new ReferenceChecks(sheet, context.Findings);
        var months = MonthColumns(sheet);
        var count = 0;
        foreach (var row in sheet.Rows)
        {
            var year = checks.Year(row, "Tahun");
            var code = checks.Known(row, "Kode Indikator", known.Indicators, IndicatorExpected);
            if (year is null || code is null)
                continue;

            foreach (var (index, month) in months.Where(m => row.Raw(m.Index) is not null))
            {
                if (TargetIn(checks, sheet, row, index) is not { } target)
                    continue;

                appender.AppendRow(
                    year, code, month, row.Text(index), target.Low, target.High, context.FileId, sheet.Name, row.Number);
                count++;
            }
        }

        return count;
    }

    private static Model.Capaian.Target? TargetIn(ReferenceChecks checks, ReferenceRows sheet, SheetRow row, int index) =>
        checks.Target(row, sheet.Sheet.HeaderCells[index]!, row.Raw(index), row.Text(index));

    private static List<(int Index, string Kind, int Year)> RenstraColumns(ReferenceRows sheet) =>
    [
        .. sheet.Dynamic(BaselinePattern()).Select(c => (c.Index, "awal", Year(c.Captured))),
        .. sheet.Dynamic(YearTargetPattern()).Select(c => (c.Index, "tahunan", Year(c.Captured))),
        .. sheet.Dynamic(EndTargetPattern()).Select(c => (c.Index, "akhir", Year(c.Captured))),
    ];

    private static List<(int Index, int Month)> MonthColumns(ReferenceRows sheet) =>
        sheet.Dynamic(MonthTargetPattern())
            .Select(c => (c.Index, Month: IndonesianFormat.ParseMonth(c.Captured)))
            .Where(c => c.Month is not null)
            .Select(c => (c.Index, c.Month!.Value))
            .ToList();

    private static DateOnly? EffectiveDate(ReferenceChecks checks, ReferenceRows sheet, SheetRow row)
    {
        var date = DateText.Read(sheet.Cell(row, "Tanggal Berlaku"));
        if (date is null)
            checks.Report(row, "Tanggal Berlaku", sheet.Text(row, "Tanggal Berlaku"), DateText.Expected);
        return date;
    }

    /// <summary>
    /// A PK version takes effect within its year, and an indicator has one PK Murni a year and one
    /// row per revision date; a second would leave which target applies to a guess.
    /// </summary>
    private static bool PkVersionFits(
        ReferenceChecks checks, ReferenceRows sheet, SheetRow row, (int Year, string Code, string Version, DateOnly From) pk,
        Dictionary<(int, string, string, DateOnly), int> seen)
    {
        if (pk.From.Year != pk.Year)
        {
            checks.Report(row, "Tanggal Berlaku", sheet.Text(row, "Tanggal Berlaku"), $"tanggal dalam tahun {pk.Year}");
            return false;
        }

        var key = pk with { From = pk.Version == "Murni" ? DateOnly.MinValue : pk.From };
        if (seen.TryAdd(key, row.Number))
            return true;

        checks.Report(row, "Jenis PK", pk.Version, $"satu baris PK {pk.Version} {pk.Code} tahun {pk.Year} "
            + $"{(pk.Version == "Murni" ? "" : "per tanggal berlaku ")}(sudah ada di baris {seen[key]})");
        return false;
    }

    private static decimal? Pagu(ReferenceChecks checks, ReferenceRows sheet, SheetRow row)
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
