namespace SakipAnalytics.Model.Evaluation;

/// <summary>
/// A component or sub-component scored from the answers: its score rounded to two decimals as the
/// guideline's worksheet shows it, the exact score, the worksheet row, and for a sub-component the
/// criteria it averaged.
/// </summary>
public sealed record ScoredNode(RubricNode Rubric, decimal Score, decimal Exact, LkeEntry? Entry, IReadOnlyList<LkeEntry> Criteria)
{
    /// <summary>The components or sub-components it sums; none for a sub-component.</summary>
    public IReadOnlyList<ScoredNode> Parts { get; init; } = [];

    public string Number => Rubric.Number;

    public string Title => Rubric.Title;

    public decimal Weight => Rubric.Weight;

    /// <summary>The share of its weight the node scored, from 0 to 1, from the exact score (two Y of three is 2/3).</summary>
    public decimal Attainment => Weight == 0 ? 0 : Exact / Weight;

    public int Depth => Number.Count(c => c == '.') + 1;
}
