namespace SakipAnalytics.Model.Evaluation;

/// <summary>A unit's scored worksheet with its rank among the units, last year's result and its "Capaian Kinerja" checks.</summary>
public sealed record UnitEvaluation(LkeResult Result, int Rank, LkeResult? LastYear, IReadOnlyList<AnswerCheck> Checks)
{
    public string UnitCode => Result.UnitCode;

    public string UnitName => Result.Worksheet.UnitName;

    /// <summary>The change of the total from last year; null without last year's worksheet.</summary>
    public decimal? Change => LastYear is null ? null : Result.Total - LastYear.Total;

    /// <summary>The change of a component from last year; null without it last year.</summary>
    public decimal? ChangeOf(string number) =>
        LastYear?.Node(number) is { } before && Result.Node(number) is { } now ? now.Score - before.Score : null;

    /// <summary>
    /// The sub-components the unit attained least of its weight in, lowest first (by points lost on
    /// ties): where its recommendations come from.
    /// </summary>
    public IReadOnlyList<ScoredNode> Weakest(int count) =>
        [.. Result.SubComponents.OrderBy(s => s.Attainment).ThenByDescending(s => s.Weight - s.Score).Take(count)];
}
