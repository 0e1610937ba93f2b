using SakipAnalytics.Model.Evaluation;
using SakipAnalytics.Reports.Word;

namespace SakipAnalytics.Reports.Evaluation;

/// <summary>
/// The evaluator's subtotals and totals the answers do not give: the row, the figure written, the
/// figure recomputed from the answers, and where in the worksheet file the row sits.
/// </summary>
internal static class DifferenceTable
{
    /// <summary>One unit's differences, numbered.</summary>
    public static WordTable ForUnit(LkeResult result)
    {
        var table = new WordTable(
        [
            TableColumn.Center("No", 0.8m),
            TableColumn.Left("Baris", 4.2m),
            TableColumn.Center("Nilai evaluator", 1.9m),
            TableColumn.Center("Nilai dihitung ulang", 2.1m),
            TableColumn.Left("Sumber", 4.8m),
        ]);

        foreach (var (difference, index) in result.Differences.Select((d, i) => (d, i + 1)))
            table.AddRow([$"{index}", .. Cells(difference)]);
        return table;
    }

    /// <summary>Every unit's differences, in rank order.</summary>
    public static WordTable ForOffice(OfficeEvaluation evaluation)
    {
        var table = new WordTable(
        [
            TableColumn.Left("Unit", 2.8m),
            TableColumn.Left("Baris", 3.4m),
            TableColumn.Center("Nilai evaluator", 1.8m),
            TableColumn.Center("Nilai dihitung ulang", 1.9m),
            TableColumn.Left("Sumber", 3.9m),
        ]);

        foreach (var unit in evaluation.Units)
            foreach (var difference in unit.Result.Differences)
                table.AddRow([unit.UnitName, .. Cells(difference)]);
        return table;
    }

    private static string[] Cells(EvaluatorDifference difference) =>
    [
        difference.Name, ScoreText.Score(difference.Stated), ScoreText.Score(difference.Computed),
        difference.Source.ToString(),
    ];
}
