using SakipAnalytics.Model.Store;

namespace SakipAnalytics.Model.Analysis;

/// <summary>Gathers what the LKjIP of one year states: IKU results by sasaran, their series and the budget.</summary>
public static class LkjipFactsBuilder
{
    private const int December = 12;

    public static LkjipFacts Build(SakipStore store, int year, AnalysisSettings settings)
    {
        ArgumentNullException.ThrowIfNull(store);

        var queries = new ResultQueries(store);
        var iku = queries.IndicatorResults(year, December).Where(r => r.Jenis == "IKU").ToList();
        return new LkjipFacts
        {
            Office = queries.Office(),
            Year = year,
            Settings = settings,
            Sasaran = BySasaran(iku),
            Series = SeriesFor(queries, year, iku),
            Budget = queries.Budget(year, December),
            SourceFiles = queries.SourceFiles(year),
        };
    }

    private static List<SasaranResult> BySasaran(List<IndicatorResult> iku) =>
        iku.GroupBy(r => (r.SasaranCode, r.SasaranName))
            .Select(g => new SasaranResult(g.Key.SasaranCode, g.Key.SasaranName, g.ToList()))
            .ToList();

    private static List<IndicatorSeries> SeriesFor(ResultQueries queries, int year, List<IndicatorResult> iku)
    {
        var points = queries.SeriesPoints(year).ToLookup(p => p.Code);
        var renstra = queries.RenstraEnds();
        return iku.Select(r =>
        {
            var baseline = renstra.FirstOrDefault(e => e.Code == r.Code && e.Kind == "awal");
            return new IndicatorSeries(
                r.Code, r.Name, r.Satuan, r.Polarity, baseline.Target, baseline.Year, r.RenstraEndTarget,
                points[r.Code].Select(p => new YearPoint(p.Year, p.Target, p.Realisasi)).ToList());
        }).ToList();
    }
}
