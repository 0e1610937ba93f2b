using SakipAnalytics.Model.Capaian;
using SakipAnalytics.Model.Capaian.Periods;

namespace SakipAnalytics.Model.Tests.Capaian.Periods;

public sealed class YearEndProjectionTests
{
    [Fact]
    public void Project_CumulativeIndicator_FollowsTheLeastSquaresLineToDecember()
    {
        MonthValue[] months = [Month(1, 10m), Month(2, 22m), Month(3, 31m)];

        var projection = YearEndProjection.Project(MonthlyAggregation.Cumulative, months);

        Assert.Equal(Projection.LinearTrend, projection.Method);
        Assert.Equal(126m, projection.Realisasi!.Value);
    }

    [Fact]
    public void Project_CumulativeIndicatorWithOneMonth_RunsThatMonthsPaceToDecember()
    {
        var projection = YearEndProjection.Project(MonthlyAggregation.Cumulative, [Month(2, 15m)]);

        Assert.Equal(Projection.FirstMonthPace, projection.Method);
        Assert.Equal(90m, projection.Realisasi!.Value);
    }

    [Fact]
    public void Project_StockIndicator_KeepsTheLatestValue()
    {
        MonthValue[] months = [Month(1, 70m), Month(2, 64m), Month(3, 60m)];

        var projection = YearEndProjection.Project(MonthlyAggregation.Latest, months);

        Assert.Equal(Projection.LatestValue, projection.Method);
        Assert.Equal(60m, projection.Realisasi!.Value);
    }

    private static MonthValue Month(int month, decimal value) => new(month, Realisasi.Number(value));
}
