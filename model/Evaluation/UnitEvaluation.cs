namespace SakipAnalytics.Model.Evaluation;

/// <summary>A unit's scored worksheet with its rank among the units, last year's result and its "Capaian Kinerja" checks.</summary>
public sealed record UnitEvaluation(LkeResult Result, int Rank, LkeResult? LastYear, IReadOnlyList<AnswerCheck> Checks)
{
    public string UnitCode => Result.UnitCode;

    public string UnitName => Result.Worksheet.UnitName;

    /// <summary>
    /// Last year's result when it was scored under the same rubric; totals under different rubrics
    /// weigh different things and are not compared.
    /// </summary>
    public LkeResult? Comparable => LastYear?.Rubric.Id == Result.Rubric.Id ? LastYear : null;

    /// <summary>The change of the total from last year; null without a comparable worksheet last year.</summary>
    public decimal? Change => Comparable is { } before ? Result.Total - before.Total : null;

    /// <summary>The change of a component from last year; null without it last year under the same rubric.</summary>
    public decimal? ChangeOf(string number) =>
        Comparable?.Node(number) is { } before && Result.Node(number) is { } now ? now.Score - before.Score : null;

    /// <summary>
    /// The sub-components the unit attained least of its weight in, lowest first (by points lost on
    /// ties): where its recommendations come from.
    /// </summary>
    public IReadOnlyList<ScoredNode> Weakest(int count) =>
        [.. Result.SubComponents.OrderBy(s => s.Attainment).ThenByDescending(s => s.Weight - s.Score).Take(count)];
}
