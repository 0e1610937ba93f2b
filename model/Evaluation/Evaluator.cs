using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Store;

namespace SakipAnalytics.Model.Evaluation;

/// <summary>
/// Evaluates a year from the store: scores each unit's loaded worksheet under the rubric the
/// setting names (or the one each worksheet fits), benchmarks the units against each other and
/// last year, and holds their "Capaian Kinerja" answers against the December results.
/// </summary>
public static class Evaluator
{
    /// <param name="rubric">The rubric every worksheet is scored under; null lets each worksheet choose.</param>
    public static OfficeEvaluation Evaluate(SakipStore store, int year, Rubric? rubric)
    {
        ArgumentNullException.ThrowIfNull(store);

        var lke = new LkeQueries(store);
        var results = lke.Worksheets(year).Select(w => LkeScorer.Score(w, rubric ?? RubricCatalog.For(w))).ToList();
        var lastYear = lke.Worksheets(year - 1).Select(w => LkeScorer.Score(w, rubric ?? RubricCatalog.For(w))).ToList();
        var evidence = Evidence(store, year);
        return LkeBenchmark.Build(year, results, lastYear, r => CapaianKinerjaCheck.Check(r, evidence));
    }

    private static CapaianEvidence Evidence(SakipStore store, int year)
    {
        var queries = new ResultQueries(store);
        var kinds = queries.UnitKinds();
        return new CapaianEvidence(queries.IndicatorResults(year, 12), queries.IndicatorResults(year - 1, 12), kinds);
    }
}
