using DuckDB.NET.Data;
using SakipAnalytics.Ingest.Detection;
using SakipAnalytics.Ingest.Findings;
using SakipAnalytics.Ingest.Layout;
using SakipAnalytics.Ingest.Loading;
using SakipAnalytics.Ingest.Parsing;
using SakipAnalytics.Ingest.Sheets;

namespace SakipAnalytics.Ingest.Capaian;

/// <summary>Loads a unit's monthly capaian report (or the Dinas's yearly IKU report).</summary>
public sealed class CapaianLoader : IKindLoader
{
    public FileKind Kind => FileKind.Capaian;

    public IReadOnlyList<string> FactTables { get; } = ["capaian_report"];

    public LoadedContent Load(LoadContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        using var file = SpreadsheetFile.Open(context.Path);
        var located = HeaderLocator.Locate(file.FirstSheet(), CapaianLayout.Layout, context.Findings);
        if (located is null)
            return LoadedContent.Nothing;

        var unit = FileHeader.Unit(located, context.Reference, context.Findings);
        var period = FileHeader.Period(located, context.Today, context.Findings);
        if (unit is null || period is null)
            return new LoadedContent(unit, period?.Year, period?.Month, 0);

        var signed = new SignedOn();
        var indicators = AppendLines(context, located, unit, period.Value, signed);
        CumulativeChecks.Report(context, unit, period.Value.Year, indicators);
        return new LoadedContent(unit, period.Value.Year, period.Value.Month, indicators.Count) { SignedOn = signed.Date };
    }

    /// <summary>Appends the file's lines and returns the indicators they report on.</summary>
    private static HashSet<string> AppendLines(
        LoadContext context, LocatedSheet sheet, string unit, (int Year, int Month) period, SignedOn signed)
    {
        var reader = new CapaianLineReader(sheet, context.Findings);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        using var appender = context.Store.Connection.CreateAppender("capaian_report");
        var lines = 0;
        foreach (var row in sheet.DataRows)
        {
            lines += sheet.Text(row, CapaianLayout.Code) is null ? 0 : 1;
            signed.Note(row);
            if (Indicator(context, sheet, row, seen) is not { } indicator)
                continue;

            var line = reader.Read(row, indicator.Code);
            CapaianChecks.OwnCapaian(line, indicator, sheet.SheetName, context.Findings);
            CapaianChecks.ZeroTarget(line, indicator, sheet.SheetName, context.Findings);
            CapaianChecks.Plausible(line, indicator, sheet.SheetName, context.Findings);
            CapaianChecks.Ownership(line, indicator, unit, sheet.SheetName, context.Findings);
            Append(appender, context.FileId, unit, period, line, sheet.SheetName);
        }

        if (lines == 0)
        {
            context.Findings.Error(
                "Tidak ada baris indikator di bawah baris judul kolom", sheet.SheetName, sheet.HeaderRow,
                expected: "minimal satu baris dengan Kode Indikator");
        }

        return seen;
    }

    /// <summary>The indicator a data row reports on, or null for rows that are not lines (or are wrong).</summary>
    private static Referensi.IndicatorInfo? Indicator(LoadContext context, LocatedSheet sheet, SheetRow row, HashSet<string> seen)
    {
        if (sheet.Text(row, CapaianLayout.Code) is not { } code)
        {
            CodeMissing(context, sheet, row);
            return null;
        }

        if (!RowShape.Fits(sheet, row, context.Findings) || Known(context, sheet, row, code) is not { } indicator)
            return null;

        if (seen.Add(indicator.Code))
            return indicator;

        context.Findings.Error(
            "Kode indikator muncul lebih dari sekali dalam satu berkas", sheet.SheetName, row.Number,
            CapaianLayout.Code.Name, code, "satu baris per indikator");
        return null;
    }

    private static void CodeMissing(LoadContext context, LocatedSheet sheet, SheetRow row)
    {
        // Signature lines sit in the same columns as text; only figures make a row a data line.
        if (!IsFigure(sheet.Cell(row, CapaianLayout.AnnualTarget)) && !IsFigure(sheet.Cell(row, CapaianLayout.RealisasiToDate)))
            return;

        context.Findings.Error(
            "Baris berisi target atau realisasi tetapi Kode Indikator kosong", sheet.SheetName, row.Number,
            CapaianLayout.Code.Name, expected: "kode dari sheet Indikator referensi");
    }

    private static bool IsFigure(object? cell) =>
        IndonesianNumber.Read(cell).Value is not null || (cell is string text && Model.Capaian.Predikat.IsGrade(text));

    private static Referensi.IndicatorInfo? Known(LoadContext context, LocatedSheet sheet, SheetRow row, string code)
    {
        var indicator = context.Reference.Indicator(code);
        if (indicator is null)
        {
            context.Findings.Error(
                "Kode indikator tidak dikenal oleh workbook referensi", sheet.SheetName, row.Number,
                CapaianLayout.Code.Name, code, "kode dari sheet Indikator referensi");
        }

        return indicator;
    }

    private static void Append(
        DuckDBAppender appender, int fileId, string unit, (int Year, int Month) period, CapaianLine line, string? sheet)
    {
        appender.CreateRow()
            .AppendValue(fileId).AppendValue(unit).AppendValue(period.Year).AppendValue(period.Month)
            .AppendValue(line.IndicatorCode).AppendValue(line.AnnualTargetText).AppendValue(line.TargetToDateText)
            .AppendValue(line.TargetToDate?.Low).AppendValue(line.TargetToDate?.High)
            .AppendValue(line.RealisasiMonth).AppendValue(line.RealisasiText)
            .AppendValue(line.RealisasiToDate?.Value).AppendValue(line.RealisasiToDate?.Grade)
            .AppendValue(line.ReportedCapaian).AppendValue(line.Kendala).AppendValue(line.TindakLanjut)
            .AppendValue(sheet).AppendValue(line.Row)
            .EndRow();
    }
}
