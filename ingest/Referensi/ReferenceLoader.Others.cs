using SakipAnalytics.Ingest.Loading;
using SakipAnalytics.Ingest.Parsing;
using SakipAnalytics.Model.Store;

namespace SakipAnalytics.Ingest.Referensi;

/// <summary>The Pembanding and Sub Kegiatan sheets.</summary>
public sealed partial class ReferenceLoader
{
    private const string IndicatorExpected = "kode dari sheet Indikator";

    private static int AppendComparators(LoadContext context, ReferenceRows sheet, ReferenceKeys known)
    {
        using var appender = context.Store.Connection.CreateAppender("comparator");
        var checks = new ReferenceChecks(sheet, context.Findings);
        var count = 0;
        foreach (var row in sheet.Rows)
        {
            object?[] values =
            [
                checks.Known(row, "Kode Indikator", known.Indicators, IndicatorExpected),
                checks.Year(row, "Tahun"),
                checks.Required(row, "Jenis Pembanding"),
                checks.Required(row, "Nama Pembanding"),
                checks.Required(row, "Nilai"),
            ];
            if (values.Any(v => v is null))
                continue;

            var number = IndonesianNumber.Read(sheet.Cell(row, "Nilai")).Value;
            appender.AppendRow([.. values, number, sheet.Text(row, "Sumber"), context.FileId, sheet.Name, row.Number]);
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
            object?[] values =
            [
                checks.Required(row, "Kode Sub Kegiatan"),
                checks.Required(row, "Nama Sub Kegiatan"),
                checks.Known(row, "Unit Kerja", known.Units, "kode dari sheet Unit Kerja"),
            ];
            var indicator = checks.Optional(row, "Kode Indikator Didukung", known.Indicators, IndicatorExpected + " atau kosong");
            if (values.Any(v => v is null))
                continue;

            appender.AppendRow([.. values, indicator, context.FileId, sheet.Name, row.Number]);
            count++;
        }

        return count;
    }
}
