using SakipAnalytics.Ingest.Findings;
using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Evaluation;
using SakipAnalytics.Model.Formatting;

namespace SakipAnalytics.Ingest.Lke;

/// <summary>
/// Scores a worksheet as it loads, under the rubric its numbers, weights and answers fit. Every
/// subtotal or total the evaluator wrote that the answers do not give is a warning, as is a weight
/// that differs from the rubric's; an answer the rubric does not know, an unanswered criterion or
/// a row the rubric lacks rejects the file, since its score would be a guess. <c>sakip evaluate</c>
/// scores it again under the rubric the settings choose.
/// </summary>
internal static class LkeSubtotals
{
    public static void Report(string fileName, string unit, int year, IReadOnlyList<LkeRow> rows, IReadOnlyList<int> rowNumbers,
        string? sheet, FindingList findings)
    {
        var entries = rows.Select((r, i) => new LkeEntry(
            r.Number, r.Depth, r.Title, r.Weight, r.Answer, r.EvaluatorValue, r.Catatan, new SourceRef(fileName, sheet, rowNumbers[i])));
        var worksheet = new LkeWorksheet(fileName, unit, unit, "", year, [.. entries]);
        var result = LkeScorer.Score(worksheet, RubricCatalog.For(worksheet));

        foreach (var difference in result.Differences)
            findings.Warning($"Nilai evaluator untuk {difference.Name} tidak sesuai dengan jawaban di bawahnya", sheet,
                difference.Source.Row, LkeLayout.Value.Name, IndonesianFormat.Number(difference.Stated),
                $"{IndonesianFormat.Number(difference.Computed)} menurut jawaban dan bobot");

        foreach (var problem in result.Problems.Where(p => p.Blocking))
            findings.Error(problem.Message, sheet, problem.Source?.Row, problem.Column, problem.Found, problem.Expected);

        foreach (var problem in result.Problems.Where(p => !p.Blocking))
            findings.Warning(problem.Message, sheet, problem.Source?.Row, problem.Column, problem.Found, problem.Expected);
    }
}
