using SakipAnalytics.Model.Evaluation;
using SakipAnalytics.Reports.Word;

namespace SakipAnalytics.Reports.Evaluation;

/// <summary>
/// Every node of a unit's scored worksheet in tree order: components and their groups in bold,
/// each sub-component with its weight, score and the share of its weight attained.
/// </summary>
internal static class SubComponentTable
{
    private const decimal IndentPerLevelCm = 0.3m;

    public static WordTable Build(LkeResult result)
    {
        var table = new WordTable(Columns());

        foreach (var node in result.Nodes)
            table.AddRow(Row(node));
        return table;
    }

    private static TableColumn[] Columns() =>
    [
        TableColumn.Left("No", 1.3m),
        TableColumn.Left("Sub komponen", 7.5m),
        TableColumn.Center("Bobot", 1.5m),
        TableColumn.Center("Nilai", 1.7m),
        TableColumn.Center("% bobot", 1.7m),
    ];

    private static TableCellText[] Row(ScoredNode node)
    {
        var bold = !node.Rubric.IsSubComponent;
        return
        [
            new(node.Number) { Bold = bold },
            new(node.Title) { Bold = bold, IndentCm = (node.Depth - 1) * IndentPerLevelCm },
            new(ScoreText.Weight(node.Weight)) { Bold = bold },
            new(ScoreText.Score(node.Score)) { Bold = bold },
            new(ScoreText.Attainment(node.Attainment)) { Bold = bold },
        ];
    }
}
