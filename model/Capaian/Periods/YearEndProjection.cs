namespace SakipAnalytics.Model.Capaian.Periods;

/// <summary>
/// Projects December's realisasi from the months reported so far. A cumulative indicator follows
/// the least-squares line through its values to date (with one month, that month's pace times
/// twelve); a stock indicator keeps its latest value; an average indicator its running mean.
/// </summary>
public static class YearEndProjection
{
    private const decimal December = 12m;

    public static Projection Project(MonthlyAggregation aggregation, IReadOnlyList<MonthValue> months)
    {
        ArgumentNullException.ThrowIfNull(months);

        var latest = months.LastOrDefault(m => m.Realisasi is not null)?.Realisasi;
        if (aggregation != MonthlyAggregation.Cumulative || latest?.Value is null)
            return new Projection(aggregation == MonthlyAggregation.Average ? Projection.RunningMean : Projection.LatestValue, latest);

        var points = months.Where(m => m.Realisasi?.Value is not null).Select(m => (X: (decimal)m.Month, Y: m.Realisasi!.Value!.Value)).ToList();
        return points.Count == 1
            ? new Projection(Projection.FirstMonthPace, Realisasi.Number(points[0].Y * December / points[0].X))
            : new Projection(Projection.LinearTrend, Realisasi.Number(TrendAt(points, December)));
    }

    private static decimal TrendAt(List<(decimal X, decimal Y)> points, decimal x)
    {
        decimal n = points.Count;
        var sumX = points.Sum(p => p.X);
        var sumY = points.Sum(p => p.Y);
        var sumXy = points.Sum(p => p.X * p.Y);
        var sumXx = points.Sum(p => p.X * p.X);
        var slope = (n * sumXy - sumX * sumY) / (n * sumXx - sumX * sumX);
        var intercept = (sumY - slope * sumX) / n;
        return intercept + slope * x;
    }
}
