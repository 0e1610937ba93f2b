using SakipAnalytics.Model.Analysis.Lkjip;
using SakipAnalytics.Model.Analysis.Tables;
using SakipAnalytics.Model.Quality;
using SakipAnalytics.Model.Store;

namespace SakipAnalytics.Model.Analysis;

/// <summary>
/// Gathers what the LKjIP of one year states: the office's IKU (or one unit's indicators) by
/// sasaran with their comparisons, series, efficiency and cascade, the Perjanjian Kinerja, the
/// budget and the data-quality findings.
/// </summary>
public static class LkjipFactsBuilder
{
    private const int December = 12;

    public static LkjipFacts Build(SakipStore store, int year, AnalysisSettings settings) =>
        Build(store, year, settings, ReportScope.Office);

    public static LkjipFacts Build(SakipStore store, int year, AnalysisSettings settings, ReportScope scope)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(scope);

        var queries = new ResultQueries(store);
        var session = new AnalysisSession(store, settings);
        var indicators = queries.IndicatorResults(year, December).Where(r => InScope(r, scope)).ToList();
        return new LkjipFacts
        {
            Office = queries.Office(),
            Year = year,
            Settings = settings,
            Scope = scope,
            Sasaran = BySasaran(indicators),
            Series = SeriesFor(queries, year, indicators),
            Budget = Budget(queries, year, scope),
            BudgetMonth = queries.LraMonth(year, December),
            SourceFiles = queries.SourceFiles(year, scope.UnitCode),
            Analysis = IkuAnalysisReader.Read(session, year, indicators),
            Agreement = AgreementQuery.Read(store, year, scope),
            Findings = QualityFindings.Read(session, new TableFilter(year, Unit: scope.UnitCode)),
        };
    }

    private static bool InScope(IndicatorResult result, ReportScope scope) =>
        scope.UnitCode is { } unit ? result.UnitCode == unit : result.Jenis == "IKU";

    private static IReadOnlyList<BudgetLine> Budget(ResultQueries queries, int year, ReportScope scope) =>
        scope.UnitCode is { } unit ? queries.UnitSubKegiatan(year, December, unit) : queries.Budget(year, December);

    private static List<SasaranResult> BySasaran(List<IndicatorResult> indicators) =>
        indicators.GroupBy(r => (r.SasaranCode, r.SasaranName))
            .Select(g => new SasaranResult(g.Key.SasaranCode, g.Key.SasaranName, g.ToList()))
            .ToList();

    private static List<IndicatorSeries> SeriesFor(ResultQueries queries, int year, List<IndicatorResult> indicators)
    {
        var points = queries.SeriesPoints(year).ToLookup(p => p.Code);
        var renstra = queries.RenstraEnds();
        return indicators.Select(r =>
        {
            var baseline = renstra.FirstOrDefault(e => e.Code == r.Code && e.Kind == "awal");
            return new IndicatorSeries(
                r.Code, r.Name, r.Satuan, r.Polarity, baseline.Target, baseline.Year, r.RenstraEndTarget,
                points[r.Code].Select(p => new YearPoint(p.Year, p.Target, p.Realisasi)).ToList());
        }).ToList();
    }
}
