using SakipAnalytics.Model.Evaluation;
using SakipAnalytics.Reports.Word;

namespace SakipAnalytics.Reports.Evaluation;

/// <summary>
/// A unit's "Capaian Kinerja" answers held against its data: the criterion, the answer, what the
/// data says, the answer the data corresponds to, and the verdict in words.
/// </summary>
internal static class CheckTable
{
    public static WordTable Build(IReadOnlyList<AnswerCheck> checks)
    {
        var table = new WordTable(
        [
            TableColumn.Left("Kriteria", 3.0m),
            TableColumn.Center("Jawaban", 1.4m),
            TableColumn.Left("Menurut data", 5.0m),
            TableColumn.Center("Jawaban setara data", 1.8m),
            TableColumn.Center("Kesimpulan", 2.4m),
        ]);

        foreach (var check in checks)
            table.AddRow(Row(check));
        return table;
    }

    private static string[] Row(AnswerCheck check) =>
    [
        CriterionText.Name(check.Criterion), CriterionText.Answer(check.Criterion), check.Evidence,
        check.DataAnswer ?? ScoreText.Missing, CheckText.Verdict(check.Verdict),
    ];
}
