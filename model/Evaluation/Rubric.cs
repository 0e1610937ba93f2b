namespace SakipAnalytics.Model.Evaluation;

/// <summary>
/// An LKE scoring scheme read from a rubric file: what each answer is worth, the components and
/// sub-components with their weights, the grade bands, and which criteria the office's data can check.
/// </summary>
public sealed record Rubric
{
    /// <summary>Short name used in settings and documents: <c>12/2015</c>, <c>88/2021</c>.</summary>
    public required string Id { get; init; }

    public required string Name { get; init; }

    /// <summary>Each answer (upper case) and its worth from 0 to 1.</summary>
    public required IReadOnlyDictionary<string, decimal> Answers { get; init; }

    /// <summary>From the highest grade down; the last has no lower bound.</summary>
    public required IReadOnlyList<GradeBand> Grades { get; init; }

    public required IReadOnlyList<RubricNode> Components { get; init; }

    /// <summary>Criteria (by number) the office's data can check, and how.</summary>
    public required IReadOnlyDictionary<string, CapaianCheckKind> Checks { get; init; }

    public IEnumerable<RubricNode> Nodes => Components.SelectMany(c => c.SelfAndDescendants());

    public IEnumerable<RubricNode> SubComponents => Nodes.Where(n => n.IsSubComponent);

    /// <summary>What an answer is worth, or null when this rubric does not know it.</summary>
    public decimal? Value(string answer) =>
        Answers.TryGetValue(answer.Trim().ToUpperInvariant(), out var value) ? value : null;

    /// <summary>The grade of a total: the first band whose lower bound the total exceeds.</summary>
    public GradeBand Grade(decimal total) => Grades.First(g => g.Above is not { } above || total > above);

    /// <summary>The answers this rubric accepts, for messages: "AA, A, BB, …".</summary>
    public string AnswerList => string.Join(", ", Answers.Keys);
}
