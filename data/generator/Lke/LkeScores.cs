using SakipAnalytics.DataGenerator.Numbers;

namespace SakipAnalytics.DataGenerator.Lke;

/// <summary>
/// Scores a set of answers: a sub-component scores the mean of its answers times its weight,
/// rounded to two decimals; components (and <c>1.a</c>, <c>1.b</c>) sum the rounded scores below
/// them; the total sums the components.
/// </summary>
public sealed class LkeScores
{
    private readonly IReadOnlyDictionary<string, string> _answers;
    private readonly Dictionary<string, (decimal Exact, decimal Shown)> _scores = new(StringComparer.Ordinal);

    public LkeScores(IReadOnlyDictionary<string, string> answers)
    {
        _answers = answers;
        foreach (var component in LkeRubric.Components)
            Score(component);

        TotalExact = LkeRubric.Components.Sum(c => _scores[c.Nomor].Exact);
        Total = LkeRubric.Components.Sum(c => _scores[c.Nomor].Shown);
    }

    public decimal Total { get; }

    public decimal TotalExact { get; }

    public IReadOnlyDictionary<string, decimal> Shown => _scores.ToDictionary(s => s.Key, s => s.Value.Shown, StringComparer.Ordinal);

    /// <summary>
    /// True when rounding only at the end, or half-even instead of half-up, gives the same figures:
    /// generated worksheets are drawn until this holds, so a recomputation never differs by a cent.
    /// </summary>
    public bool RoundsCleanly =>
        _scores.Values.All(s => !Rounding.IsTie(s.Exact, 2) && Rounding.HalfUp(s.Exact, 2) == s.Shown)
        && !Rounding.IsTie(TotalExact, 2)
        && Rounding.HalfUp(TotalExact, 2) == Total;

    public static decimal ScoreOf(LkeNode node, IReadOnlyDictionary<string, string> answers)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(answers);

        // Sum times weight, divided last, so that 4,375 stays exactly 4,375.
        return node.Children.Sum(c => Jawaban.Value(answers[c.Nomor])) * node.Bobot!.Value / node.Children.Count;
    }

    private (decimal Exact, decimal Shown) Score(LkeNode node)
    {
        if (node.IsScoredFromAnswers)
        {
            var exact = ScoreOf(node, _answers);
            return _scores[node.Nomor] = (exact, Rounding.HalfUp(exact, 2));
        }

        var children = node.Children.Select(Score).ToList();
        return _scores[node.Nomor] = (children.Sum(c => c.Exact), children.Sum(c => c.Shown));
    }
}
