namespace SakipAnalytics.Model.Evaluation;

/// <summary>
/// Benchmarks the units' scored worksheets of a year: ranks them by total (equal totals share a
/// rank), pairs each with last year's, and finds the sub-components where the units lost most.
/// </summary>
public static class LkeBenchmark
{
    public const int WeakestShown = 5;

    public static OfficeEvaluation Build(
        int year, IReadOnlyList<LkeResult> results, IReadOnlyList<LkeResult> lastYear, Func<LkeResult, IReadOnlyList<AnswerCheck>> check)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(lastYear);
        ArgumentNullException.ThrowIfNull(check);

        var units = results
            .OrderByDescending(r => r.Total).ThenBy(r => r.UnitCode, StringComparer.Ordinal)
            .Select(r => new UnitEvaluation(
                r, 1 + results.Count(o => o.Total > r.Total), lastYear.FirstOrDefault(l => l.UnitCode == r.UnitCode), check(r)))
            .ToList();
        return new OfficeEvaluation(year, units, Weakest(results));
    }

    private static List<WeakSubComponent> Weakest(IReadOnlyList<LkeResult> results) =>
        [
            .. results.SelectMany(r => r.SubComponents)
                .GroupBy(s => (s.Number, s.Rubric.Title, s.Weight))
                .Select(g => new WeakSubComponent(g.First().Rubric, g.Count(), g.Average(s => s.Score), g.Sum(s => s.Weight - s.Score)))
                .OrderByDescending(w => w.PointsLost).ThenBy(w => w.Rubric.Number, StringComparer.Ordinal)
                .Take(WeakestShown),
        ];
}
