namespace SakipAnalytics.Model.Evaluation;

/// <summary>
/// The figures an evaluator may have written for a node by rounding alone. Worksheets round in
/// different ways: half up or half to even, and at each level either summing the parts as
/// rounded or rounding the exact sum once. Every such way is tried (2 × 2⁴, the tree being at
/// most four levels deep); a figure none of them gives is a real difference.
/// </summary>
internal static class EvaluatorRounding
{
    private const int Levels = 4;

    private static readonly MidpointRounding[] Modes = [MidpointRounding.AwayFromZero, MidpointRounding.ToEven];

    public static HashSet<decimal> Accepted(ScoredNode node)
    {
        ArgumentNullException.ThrowIfNull(node);

        return
        [
            .. from mode in Modes
               from sums in Enumerable.Range(0, 1 << Levels)
               select Value(node, mode, sums, level: 0),
        ];
    }

    // Bit `level` of `sums` says whether the node at that level sums its rounded parts or rounds its exact score.
    private static decimal Value(ScoredNode node, MidpointRounding mode, int sums, int level) =>
        node.Parts.Count > 0 && (sums & (1 << level)) != 0
            ? node.Parts.Sum(p => Value(p, mode, sums, level + 1))
            : Math.Round(node.Exact, 2, mode);
}
