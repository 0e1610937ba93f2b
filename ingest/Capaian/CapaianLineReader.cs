using SakipAnalytics.Ingest.Findings;
using SakipAnalytics.Ingest.Layout;
using SakipAnalytics.Ingest.Parsing;
using SakipAnalytics.Ingest.Sheets;
using SakipAnalytics.Model.Capaian;
using L = SakipAnalytics.Ingest.Capaian.CapaianLayout;

namespace SakipAnalytics.Ingest.Capaian;

/// <summary>Parses the cells of one capaian line, reporting each cell that is not what its column needs.</summary>
internal sealed class CapaianLineReader(LocatedSheet sheet, FindingList findings)
{
    public CapaianLine Read(SheetRow row, string code)
    {
        var annual = ReadTarget(row, L.AnnualTarget);
        var toDate = ReadTarget(row, L.TargetToDate) ?? annual;
        return new CapaianLine
        {
            Row = row.Number,
            IndicatorCode = code,
            AnnualTargetText = sheet.Text(row, L.AnnualTarget),
            TargetToDateText = sheet.Text(row, L.TargetToDate) ?? sheet.Text(row, L.AnnualTarget),
            TargetToDate = toDate,
            RealisasiMonth = ReadNumber(row, L.RealisasiMonth, allowGrade: true),
            RealisasiText = sheet.Text(row, L.RealisasiToDate),
            RealisasiToDate = ReadRealisasi(row),
            ReportedCapaian = ReadNumber(row, L.Capaian, allowGrade: false),
            Kendala = Remark(row, L.Kendala),
            TindakLanjut = Remark(row, L.TindakLanjut),
        };
    }

    // Units fill a remark they have nothing for with "-" or "."; that says nothing, so it is kept as nothing.
    private string? Remark(SheetRow row, Column column) =>
        sheet.Text(row, column) is { } text && text.Any(char.IsLetterOrDigit) ? text : null;

    private Target? ReadTarget(SheetRow row, Column column)
    {
        var cell = sheet.Cell(row, column);
        if (TargetText.TryRead(cell, out var target))
            return target;

        Reject(row, column, TargetText.Expected);
        return null;
    }

    private Realisasi? ReadRealisasi(SheetRow row)
    {
        if (RealisasiText.TryRead(sheet.Cell(row, L.RealisasiToDate), out var realisasi))
            return realisasi;

        Reject(row, L.RealisasiToDate, RealisasiText.Expected);
        return null;
    }

    private decimal? ReadNumber(SheetRow row, Column column, bool allowGrade)
    {
        var cell = sheet.Cell(row, column);
        if (allowGrade && cell is string text && Predikat.IsGrade(text))
            return null;

        var number = IndonesianNumber.Read(cell);
        if (!number.IsValid)
            Reject(row, column, IndonesianNumber.Expected);
        return number.Value;
    }

    private void Reject(SheetRow row, Column column, string expected) =>
        findings.Error("Isi sel bukan nilai yang diharapkan", sheet.SheetName, row.Number, column.Name, sheet.Text(row, column), expected);
}
