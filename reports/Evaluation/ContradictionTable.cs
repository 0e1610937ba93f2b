using SakipAnalytics.Model.Evaluation;
using SakipAnalytics.Reports.Word;

namespace SakipAnalytics.Reports.Evaluation;

/// <summary>Every unit's "Capaian Kinerja" answer the data contradicts: the unit, criterion, answer and evidence.</summary>
internal static class ContradictionTable
{
    /// <summary>Each contradicted answer with its unit, in rank order.</summary>
    public static IReadOnlyList<(UnitEvaluation Unit, AnswerCheck Check)> Of(OfficeEvaluation evaluation) =>
    [
        .. evaluation.Units.SelectMany(u => u.Checks.Where(c => c.Verdict == CheckVerdict.Contradicts).Select(c => (u, c))),
    ];

    public static WordTable Build(IReadOnlyList<(UnitEvaluation Unit, AnswerCheck Check)> contradictions)
    {
        var table = new WordTable(
        [
            TableColumn.Left("Unit", 2.6m),
            TableColumn.Left("Kriteria", 3.0m),
            TableColumn.Center("Jawaban", 1.4m),
            TableColumn.Center("Jawaban setara data", 1.8m),
            TableColumn.Left("Menurut data", 5.0m),
        ]);

        foreach (var (unit, check) in contradictions)
            table.AddRow(unit.UnitName, CriterionText.Name(check.Criterion), CriterionText.Answer(check.Criterion),
                check.DataAnswer ?? ScoreText.Missing, check.Evidence);
        return table;
    }
}
