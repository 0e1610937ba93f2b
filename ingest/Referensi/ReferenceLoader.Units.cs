using SakipAnalytics.Ingest.Loading;
using SakipAnalytics.Ingest.Sheets;
using SakipAnalytics.Model.Store;

namespace SakipAnalytics.Ingest.Referensi;

/// <summary>The Unit Kerja and Indikator sheets.</summary>
public sealed partial class ReferenceLoader
{
    private static readonly string[] UnitKinds = ["dinas", "sekretariat", "bidang", "uptd"];
    private static readonly string[] IndicatorKinds = ["IKU", "IKP", "IKK"];
    private static readonly string[] Polarities = ["positif", "negatif"];
    private static readonly string[] Aggregations = ["kumulatif", "terakhir", "rata-rata", "tahunan"];

    private static int AppendUnits(LoadContext context, ReferenceRows sheet, ReferenceKeys known)
    {
        using var appender = context.Store.Connection.CreateAppender("unit");
        var checks = new ReferenceChecks(sheet, context.Findings);
        foreach (var row in sheet.Rows)
        {
            var code = checks.Required(row, "Kode Unit");
            var name = checks.Required(row, "Nama Unit Kerja");
            var jenis = checks.OneOf(row, "Jenis", UnitKinds);
            if (code is null || name is null || jenis is null || !checks.Unique(row, "Kode Unit", code, known.Units))
                continue;

            known.OfficeUnit = jenis == "dinas" ? code : known.OfficeUnit;
            appender.AppendRow(code, name, jenis, sheet.Text(row, "Induk"), context.FileId, sheet.Name, row.Number);
        }

        return known.Units.Count;
    }

    private static int AppendIndicators(LoadContext context, ReferenceRows sheet, ReferenceKeys known)
    {
        using var appender = context.Store.Connection.CreateAppender("indicator");
        var checks = new ReferenceChecks(sheet, context.Findings);
        foreach (var row in sheet.Rows)
        {
            if (ReadIndicator(checks, sheet, row, known) is not { } values)
                continue;

            appender.AppendRow([.. values, row.Number, context.FileId, sheet.Name, row.Number]);
        }

        checks.Parents(known.Indicators);
        return known.Indicators.Count;
    }

    /// <summary>The indicator's columns in table order, or null when any required cell is wrong.</summary>
    private static object?[]? ReadIndicator(ReferenceChecks checks, ReferenceRows sheet, SheetRow row, ReferenceKeys known)
    {
        // The code counts as defined even when another cell of its row is wrong, so the rows that
        // name it elsewhere are not reported a second time.
        var code = checks.Required(row, "Kode Indikator");
        var unique = code is null || checks.Unique(row, "Kode Indikator", code, known.Indicators);
        object?[] values =
        [
            code,
            checks.Required(row, "Indikator Kinerja"),
            checks.Required(row, "Satuan"),
            checks.OneOf(row, "Polaritas", Polarities),
            checks.OneOf(row, "Agregasi Bulanan", Aggregations),
            checks.OneOf(row, "Jenis", IndicatorKinds)?.ToUpperInvariant(),
            checks.Known(row, "Unit Penanggung Jawab", known.Units, "kode dari sheet Unit Kerja"),
            checks.Required(row, "Kode Sasaran"),
            checks.Required(row, "Sasaran Strategis"),
        ];
        checks.NoteParent(row, sheet.Text(row, "Indikator Induk"));
        if (values.Any(v => v is null) || !unique
            || !checks.SameName(row, "Sasaran Strategis", (string)values[7]!, (string)values[8]!, known.Sasaran))
            return null;

        return [.. values, sheet.Text(row, "Indikator Induk")];
    }
}
