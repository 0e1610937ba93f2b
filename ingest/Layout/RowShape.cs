using SakipAnalytics.Ingest.Findings;
using SakipAnalytics.Ingest.Sheets;

namespace SakipAnalytics.Ingest.Layout;

/// <summary>
/// Checks that a data row has as many cells as its header. A CSV line with more fields than the
/// header usually holds a decimal comma without quotes (68,14 read as 68 and 14); one with fewer
/// was cut short. Either would shift values into the wrong columns, so both are errors.
/// </summary>
public static class RowShape
{
    public static bool Fits(LocatedSheet sheet, SheetRow row, FindingList findings)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(findings);

        var width = sheet.HeaderWidth;
        var lastFilled = Enumerable.Range(0, row.Cells.Count).LastOrDefault(i => row.Text(i) is not null, -1) + 1;
        if (lastFilled > width)
            return Report(sheet, row, findings, "Baris berisi lebih banyak kolom daripada baris judul kolom", lastFilled, width);

        if (row.Cells.Count < sheet.RequiredWidth)
            return Report(sheet, row, findings, "Baris berisi lebih sedikit kolom daripada baris judul kolom", row.Cells.Count, width);

        return true;
    }

    /// <summary>The totals row under the data: JUMLAH or TOTAL where the code would be.</summary>
    public static bool IsTotal(string? text) =>
        text is not null
        && (text.Contains("JUMLAH", StringComparison.OrdinalIgnoreCase) || text.Contains("TOTAL", StringComparison.OrdinalIgnoreCase));

    private static bool Report(LocatedSheet sheet, SheetRow row, FindingList findings, string message, int found, int width)
    {
        findings.Error(
            message + " (angka desimal dengan koma harus diberi tanda kutip, atau baris terpotong)",
            sheet.SheetName,
            row.Number,
            found: $"{found} kolom",
            expected: $"{width} kolom seperti baris judul");
        return false;
    }
}
