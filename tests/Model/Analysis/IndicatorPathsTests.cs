using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Tests.Fixtures;

namespace SakipAnalytics.Model.Tests.Analysis;

public sealed class IndicatorPathsTests : IDisposable
{
    private readonly FactStore _facts = new FactStore().Unit("PB");

    [Fact]
    public void Paths_UnitIndicator_GivesLastYearWholeAndThisYearUpToTheMonth()
    {
        _facts.Indicator("PB.02", "PB").Pk(2025, "PB.02", "120").Pk(2026, "PB.02", "120")
            .Reported("PB", 2025, 12, "PB.02", 118m)
            .Reported("PB", 2026, 1, "PB.02", 10m).Reported("PB", 2026, 2, "PB.02", 22m).Reported("PB", 2026, 3, "PB.02", 31m);
        _facts.Analyse();

        var path = Assert.Single(new ResultQueries(_facts.Store).Paths(2026, 2));

        Assert.Equal(("PB.02", "PB"), (path.Code, path.UnitCode));
        Assert.Equal([(12, 118m)], path.Of(2025).Select(p => (p.Month, p.Realisasi!.Value)));
        Assert.Equal([(1, 10m, 10m), (2, 20m, 22m)], path.Of(2026).Select(p => (p.Month, p.Target!.Value, p.Realisasi!.Value)));
    }

    [Fact]
    public void Paths_EachMonth_NamesTheFileItsRealisasiComesFromAndTheAgreementOfItsTarget()
    {
        _facts.Indicator("PB.02", "PB").Pk(2026, "PB.02", "120").Reported("PB", 2026, 1, "PB.02", 10m);
        _facts.Analyse();

        var point = Assert.Single(Assert.Single(new ResultQueries(_facts.Store).Paths(2026, 1)).Points);

        Assert.Equal("PB 2026-01.xlsx", point.Source!.FileName);
        Assert.Equal("Murni", point.TargetSource);
    }

    public void Dispose() => _facts.Dispose();
}
