using SakipAnalytics.Model.Analysis;

namespace SakipAnalytics.Model.Tests.Analysis;

public sealed class UnitRankingTests
{
    [Fact]
    public void Rank_TiesShareARankAndSilentUnitsComeLast()
    {
        UnitStanding[] units = [Unit("A", 90m), Unit("B", 101.5m), Unit("C", 90m), Unit("D", null)];

        var ranked = UnitRanking.Rank(units).ToDictionary(u => u.UnitCode, u => u.Rank);

        Assert.Equal(1, ranked["B"]);
        Assert.Equal(2, ranked["A"]);
        Assert.Equal(2, ranked["C"]);
        Assert.Equal(4, ranked["D"]);
    }

    private static UnitStanding Unit(string code, decimal? mean) => new()
    {
        UnitCode = code, UnitName = code, IndicatorCount = 2, OnTrack = 1, MeanCapaian = mean,
        Pagu = 0, Realisasi = 0, Rank = 0, SourceFile = mean is null ? null : code + ".xlsx",
    };
}
