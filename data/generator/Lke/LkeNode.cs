namespace SakipAnalytics.DataGenerator.Lke;

/// <summary>
/// A row of the LKE tree: a component or sub-component with a weight, or a criterion with an
/// answer kind. Numbering (<c>1</c>, <c>1.a</c>, <c>1.a.1</c>, <c>1.a.1.1</c>) gives the tree.
/// </summary>
public sealed record LkeNode(string Nomor, string Uraian, decimal? Bobot, AnswerKind? Kind, IReadOnlyList<LkeNode> Children)
{
    public bool IsCriterion => Kind is not null;

    /// <summary>A sub-component scored straight from its answers.</summary>
    public bool IsScoredFromAnswers => Children.Count > 0 && Children.All(c => c.IsCriterion);

    public IEnumerable<LkeNode> SelfAndDescendants() => [this, .. Children.SelectMany(c => c.SelfAndDescendants())];
}
