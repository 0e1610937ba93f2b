using SakipAnalytics.Ingest.Loading;

namespace SakipAnalytics.Ingest.Referensi;

/// <summary>The Unit Kerja and Indikator sheets.</summary>
public sealed partial class ReferenceLoader
{
    private static readonly string[] UnitKinds = ["dinas", "sekretariat", "bidang", "uptd"];
    private static readonly string[] IndicatorKinds = ["IKU", "IKP", "IKK"];

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
            appender.CreateRow().AppendValue(code).AppendValue(name).AppendValue(jenis).AppendValue(sheet.Text(row, "Induk"))
                .AppendValue(context.FileId).AppendValue(sheet.Sheet.SheetName).AppendValue(row.Number).EndRow();
        }

        return known.Units.Count;
    }

    private static int AppendIndicators(LoadContext context, ReferenceRows sheet, ReferenceKeys known)
    {
        using var appender = context.Store.Connection.CreateAppender("indicator");
        var checks = new ReferenceChecks(sheet, context.Findings);
        foreach (var row in sheet.Rows)
        {
            var code = checks.Required(row, "Kode Indikator");
            var unit = checks.Known(row, "Unit Penanggung Jawab", known.Units, "kode dari sheet Unit Kerja");
            var polarity = checks.OneOf(row, "Polaritas", ["positif", "negatif"]);
            var aggregation = checks.OneOf(row, "Agregasi Bulanan", ["kumulatif", "terakhir", "rata-rata", "tahunan"]);
            var jenis = checks.OneOf(row, "Jenis", IndicatorKinds);
            checks.NoteParent(row, sheet.Text(row, "Indikator Induk"));
            var fields = new[] { checks.Required(row, "Indikator Kinerja"), checks.Required(row, "Satuan"), checks.Required(row, "Kode Sasaran"), checks.Required(row, "Sasaran Strategis") };
            if (code is null || unit is null || polarity is null || aggregation is null || jenis is null || fields.Any(f => f is null)
                || !checks.Unique(row, "Kode Indikator", code, known.Indicators))
                continue;

            appender.CreateRow().AppendValue(code).AppendValue(fields[0]).AppendValue(fields[1]).AppendValue(polarity).AppendValue(aggregation)
                .AppendValue(jenis.ToUpperInvariant()).AppendValue(unit).AppendValue(fields[2]).AppendValue(fields[3]).AppendValue(sheet.Text(row, "Indikator Induk"))
                .AppendValue(known.Indicators.Count).AppendValue(context.FileId).AppendValue(sheet.Sheet.SheetName).AppendValue(row.Number).EndRow();
        }

        checks.Parents(known.Indicators);
        return known.Indicators.Count;
    }
}
