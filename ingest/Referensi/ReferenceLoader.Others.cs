using SakipAnalytics.Ingest.Loading;
using SakipAnalytics.Ingest.Parsing;

namespace SakipAnalytics.Ingest.Referensi;

/// <summary>The Pembanding and Sub Kegiatan sheets.</summary>
public sealed partial class ReferenceLoader
{
    private static int AppendComparators(LoadContext context, ReferenceRows sheet, ReferenceKeys known)
    {
        using var appender = context.Store.Connection.CreateAppender("comparator");
        var checks = new ReferenceChecks(sheet, context.Findings);
        var count = 0;
        foreach (var row in sheet.Rows)
        {
            var code = checks.Known(row, "Kode Indikator", known.Indicators, "kode dari sheet Indikator");
            var year = checks.Year(row, "Tahun");
            var jenis = checks.Required(row, "Jenis Pembanding");
            var name = checks.Required(row, "Nama Pembanding");
            var value = checks.Required(row, "Nilai");
            var number = IndonesianNumber.Read(sheet.Cell(row, "Nilai"));
            if (code is null || year is null || jenis is null || name is null || value is null)
                continue;

            appender.CreateRow().AppendValue(code).AppendValue(year).AppendValue(jenis).AppendValue(name).AppendValue(value).AppendValue(number.Value)
                .AppendValue(sheet.Text(row, "Sumber")).AppendValue(context.FileId).AppendValue(sheet.Sheet.SheetName).AppendValue(row.Number).EndRow();
            count++;
        }

        return count;
    }

    private static int AppendSubKegiatan(LoadContext context, ReferenceRows sheet, ReferenceKeys known)
    {
        using var appender = context.Store.Connection.CreateAppender("sub_kegiatan");
        var checks = new ReferenceChecks(sheet, context.Findings);
        var count = 0;
        foreach (var row in sheet.Rows)
        {
            var code = checks.Required(row, "Kode Sub Kegiatan");
            var name = checks.Required(row, "Nama Sub Kegiatan");
            var unit = checks.Known(row, "Unit Kerja", known.Units, "kode dari sheet Unit Kerja");
            var indicator = sheet.Text(row, "Kode Indikator Didukung");
            if (indicator is not null && !known.Indicators.Contains(indicator))
                checks.Report(row, "Kode Indikator Didukung", indicator, "kode dari sheet Indikator atau kosong");
            if (code is null || name is null || unit is null)
                continue;

            appender.CreateRow().AppendValue(code).AppendValue(name).AppendValue(unit).AppendValue(indicator)
                .AppendValue(context.FileId).AppendValue(sheet.Sheet.SheetName).AppendValue(row.Number).EndRow();
            count++;
        }

        return count;
    }
}
