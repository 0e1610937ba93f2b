using SakipAnalytics.Model.Evaluation;
using SakipAnalytics.Reports.Word;

namespace SakipAnalytics.Reports.Evaluation;

/// <summary>
/// The units in rank order: final score, predikat, each component's score and the change of the
/// final score from last year.
/// </summary>
internal static class RankingTable
{
    private const decimal ComponentsWidthCm = 4.5m;

    public static WordTable Build(OfficeEvaluation evaluation, ComponentColumns components)
    {
        var table = new WordTable(Columns(components));

        foreach (var unit in evaluation.Units)
            table.AddRow(Row(unit, components));
        return table;
    }

    private static TableColumn[] Columns(ComponentColumns components)
    {
        var width = Math.Round(ComponentsWidthCm / components.Components.Count, 2);
        return
        [
            TableColumn.Center("Peringkat", 1.4m),
            TableColumn.Left("Unit", 3.9m),
            TableColumn.Center("Nilai akhir", 1.3m),
            TableColumn.Center("Predikat", 1.4m),
            .. components.Numbers.Select(n => TableColumn.Center(ComponentColumns.Header(n), width)),
            TableColumn.Center("Perubahan dari tahun lalu", 1.5m),
        ];
    }

    private static string[] Row(UnitEvaluation unit, ComponentColumns components) =>
    [
        $"{unit.Rank}", unit.UnitName, ScoreText.Score(unit.Result.Total), unit.Result.Grade.Grade,
        .. components.Numbers.Select(n => ScoreText.Score(unit.Result.Node(n)?.Score)),
        ChangeText.Signed(unit.Change),
    ];
}
