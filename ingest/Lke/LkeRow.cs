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
    public static LkeRow? Read(LocatedSheet sheet, SheetRow row, FindingList findings)
    {
        var number = sheet.Text(row, L.Number);
        var title = sheet.Text(row, L.Title);
        var numbers = new CellNumbers(sheet, row, findings);
        if (IsTotal(number, title))
            return new LkeRow(LkeLoader.TotalNumber, 0, title ?? number!, null, null, numbers.Of(L.Value), null);

        if (number is null || title is null)
            return null;

        var answer = ReadAnswer(sheet, row, findings);
        var depth = number.Split('.').Length;
        return new LkeRow(number, depth, title, numbers.Of(L.Weight), answer, numbers.Of(L.Value), sheet.Text(row, L.Catatan));
    }

    private static bool IsTotal(string? number, string? title) =>
        (number ?? "").Contains(LkeLoader.TotalNumber, StringComparison.OrdinalIgnoreCase)
        || (title ?? "").Contains(LkeLoader.TotalNumber, StringComparison.OrdinalIgnoreCase);

    private static string? ReadAnswer(LocatedSheet sheet, SheetRow row, FindingList findings)
    {
        var answer = sheet.Text(row, L.Answer);
        if (answer is null || LkeAnswers.IsKnown(answer))
            return answer?.ToUpperInvariant();

        findings.Error("Jawaban kriteria tidak dikenal", sheet.SheetName, row.Number, L.Answer.Name, answer, LkeAnswers.Expected);
        return null;
    }
}
