namespace SakipAnalytics.Model.Evaluation;

/// <summary>
/// The office's internal evaluation of a year: every unit's scored worksheet in rank order, and
/// the sub-components where the units together lost the most points.
/// </summary>
public sealed record OfficeEvaluation(int Year, IReadOnlyList<UnitEvaluation> Units, IReadOnlyList<WeakSubComponent> Weakest)
{
    public IEnumerable<EvaluatorDifference> Differences => Units.SelectMany(u => u.Result.Differences);

    public IEnumerable<AnswerCheck> Contradictions => Units.SelectMany(u => u.Checks).Where(c => c.Verdict == CheckVerdict.Contradicts);

    public UnitEvaluation? Unit(string code) => Units.FirstOrDefault(u => u.UnitCode == code);
}
