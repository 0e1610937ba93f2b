namespace SakipAnalytics.Model.Evaluation;

/// <summary>
/// A worksheet scored under a rubric: every component and sub-component recomputed from the
/// answers, the total and its grade, where the evaluator's figures differ, and where the
/// worksheet departs from the rubric.
/// </summary>
public sealed record LkeResult(
    LkeWorksheet Worksheet, Rubric Rubric, IReadOnlyList<ScoredNode> Nodes, decimal Total, GradeBand Grade,
    IReadOnlyList<EvaluatorDifference> Differences, IReadOnlyList<WorksheetProblem> Problems)
{
    public string UnitCode => Worksheet.UnitCode;

    public IEnumerable<ScoredNode> Components => Nodes.Where(n => n.Depth == 1);

    public IEnumerable<ScoredNode> SubComponents => Nodes.Where(n => n.Rubric.IsSubComponent);

    public ScoredNode? Node(string number) => Nodes.FirstOrDefault(n => n.Number == number);

    /// <summary>The total the evaluator wrote on the NILAI AKHIR row, when there is one.</summary>
    public decimal? StatedTotal => Worksheet.Total?.EvaluatorValue;
}
