using SakipAnalytics.Model.Evaluation;
using SakipAnalytics.Reports.Word;

namespace SakipAnalytics.Reports.Evaluation;

/// <summary>
/// The sub-components where the units together lost the most points: weight, mean score, share of
/// the weight attained, points lost across the units and how many units were scored there.
/// </summary>
internal static class WeakestTable
{
    public static WordTable Build(IReadOnlyList<WeakSubComponent> weakest)
    {
        var table = new WordTable(
        [
            TableColumn.Left("No", 1.2m),
            TableColumn.Left("Sub komponen", 4.2m),
            TableColumn.Center("Bobot", 1.2m),
            TableColumn.Center("Rata-rata nilai", 1.6m),
            TableColumn.Center("% bobot", 1.5m),
            TableColumn.Center("Poin hilang di semua unit", 2.2m),
            TableColumn.Center("Jumlah unit", 1.5m),
        ]);

        foreach (var sub in weakest)
            table.AddRow(Row(sub));
        return table;
    }

    private static string[] Row(WeakSubComponent sub) =>
    [
        sub.Rubric.Number, sub.Rubric.Title, ScoreText.Weight(sub.Rubric.Weight), ScoreText.Score(sub.MeanScore),
        ScoreText.Attainment(sub.MeanAttainment), ScoreText.Score(sub.PointsLost), $"{sub.Units}",
    ];
}
