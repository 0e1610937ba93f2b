using SakipAnalytics.Model.Evaluation;
using SakipAnalytics.Reports.Word;

namespace SakipAnalytics.Reports.Evaluation;

/// <summary>
/// A unit's components: weight, score, the share of the weight attained, last year's score and the
/// change, closed by the final score.
/// </summary>
internal static class ComponentTable
{
    private const int LabelSpan = 2;

    public static WordTable Build(UnitEvaluation unit, int year)
    {
        var table = new WordTable(Columns(year));

        foreach (var component in unit.Result.Components)
            table.AddRow(Row(unit, component));
        return table.AddRow(TotalRow(unit));
    }

    private static TableColumn[] Columns(int year) =>
    [
        TableColumn.Center("No", 0.8m),
        TableColumn.Left("Komponen", 4.0m),
        TableColumn.Center("Bobot", 1.3m),
        TableColumn.Center("Nilai", 1.5m),
        TableColumn.Center("Capaian bobot (%)", 1.9m),
        TableColumn.Center($"Nilai tahun lalu ({year - 1})", 2.0m),
        TableColumn.Center("Perubahan", 1.9m),
    ];

    private static string[] Row(UnitEvaluation unit, ScoredNode component) =>
    [
        component.Number, component.Title, ScoreText.Weight(component.Weight), ScoreText.Score(component.Score),
        ScoreText.Attainment(component.Attainment), ScoreText.Score(unit.Comparable?.Node(component.Number)?.Score),
        ChangeText.Signed(unit.ChangeOf(component.Number)),
    ];

    private static TableCellText[] TotalRow(UnitEvaluation unit)
    {
        var weight = unit.Result.Components.Sum(c => c.Weight);
        return
        [
            new("Nilai akhir") { Span = LabelSpan, Bold = true },
            new(ScoreText.Weight(weight)) { Bold = true },
            new(ScoreText.Score(unit.Result.Total)) { Bold = true },
            new(ScoreText.Attainment(weight == 0 ? 0 : unit.Result.Total / weight)) { Bold = true },
            new(ScoreText.Score(unit.Comparable?.Total)) { Bold = true },
            new(ChangeText.Signed(unit.Change)) { Bold = true },
        ];
    }
}
