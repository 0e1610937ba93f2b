using SakipAnalytics.Ingest.Findings;
using SakipAnalytics.Ingest.Layout;
using SakipAnalytics.Ingest.Parsing;
using SakipAnalytics.Ingest.Sheets;
using L = SakipAnalytics.Ingest.Lke.LkeLayout;

namespace SakipAnalytics.Ingest.Lke;

/// <summary>One row of an LKE worksheet: its tree number (1, 1.a, 1.a.1 ...), depth, weight, answer and the evaluator's value.</summary>
internal sealed record LkeRow(
    string Number, int Depth, string Title, decimal? Weight, string? Answer, decimal? EvaluatorValue, string? Catatan)
{
    /// <summary>
    /// The row, or null for a row to pass over: blank, or a note with neither number, weight,
    /// answer nor value. A row with figures but no number or no title is an error.
    /// </summary>
    public static LkeRow? Read(LocatedSheet sheet, SheetRow row, FindingList findings)
    {
        var number = Normalized(sheet.Text(row, L.Number));
        var title = sheet.Text(row, L.Title);
        var numbers = new CellNumbers(sheet, row, findings);
        if (IsTotal(number, title))
            return new LkeRow(LkeLoader.TotalNumber, 0, title ?? number!, null, null, numbers.Of(L.Value), null);

        if (number is null || title is null)
            return Unnumbered(sheet, row, number, findings);

        var answer = ReadAnswer(sheet, row, findings);
        var depth = number.Split('.').Length;
        return new LkeRow(number, depth, title, numbers.Of(L.Weight), answer, numbers.Of(L.Value), sheet.Text(row, L.Catatan));
    }

    // "1.A.1." and " 1.a.1" are the same row as 1.a.1: numbers are compared without case or a closing dot.
    private static string? Normalized(string? number) =>
        number?.Trim().TrimEnd('.').ToLowerInvariant() is { Length: > 0 } n ? n : null;

    // The NILAI AKHIR row: named in the No column, or in the title column of a row without a number.
    private static bool IsTotal(string? number, string? title) =>
        string.Equals(number, LkeLoader.TotalNumber, StringComparison.OrdinalIgnoreCase)
        || (number is null && title?.Trim().StartsWith(LkeLoader.TotalNumber, StringComparison.OrdinalIgnoreCase) == true);

    private static LkeRow? Unnumbered(LocatedSheet sheet, SheetRow row, string? number, FindingList findings)
    {
        var figures = new[] { L.Weight, L.Answer, L.Value }.Any(column => sheet.Text(row, column) is not null);
        if (!figures)
            return null;

        var (column, expected) = number is null ? (L.Number, "nomor baris, misalnya 1.a.2") : (L.Title, "uraian komponen atau kriteria");
        findings.Error("Baris berisi bobot, jawaban atau nilai tanpa " + (number is null ? "nomor" : "uraian"), sheet.SheetName,
            row.Number, column.Name, null, expected);
        return null;
    }

    private static string? ReadAnswer(LocatedSheet sheet, SheetRow row, FindingList findings)
    {
        var answer = sheet.Text(row, L.Answer);
        if (answer is null || LkeAnswers.IsKnown(answer))
            return answer?.ToUpperInvariant();

        findings.Error("Jawaban kriteria tidak dikenal", sheet.SheetName, row.Number, L.Answer.Name, answer, LkeAnswers.Expected);
        return null;
    }
}
