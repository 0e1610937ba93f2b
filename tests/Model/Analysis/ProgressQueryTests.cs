using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Tests.Fixtures;

namespace SakipAnalytics.Model.Tests.Analysis;

public sealed class ProgressQueryTests : IDisposable
{
    private readonly FactStore _facts = new();

    [Fact]
    public void Progress_TwoSubKegiatan_WeighsPhysicalProgressByPagu()
    {
        _facts.Emonev(2026, 3, "1.06.01.1.01.0001", 3_000m, 1_000m, 900m, 40m)
            .Emonev(2026, 3, "1.06.02.1.01.0001", 1_000m, 500m, 100m, 20m);

        var point = Assert.Single(new ResultQueries(_facts.Store).Progress(2026, 3));

        Assert.Equal((3, 35m, 25m), (point.Month, point.Physical, point.Financial));
    }

    [Fact]
    public void Progress_Month_NamesItsEmonevFileAndTheSumsItDivides()
    {
        _facts.Emonev(2026, 3, "1.06.01.1.01.0001", 3_000m, 1_000m, 900m, 40m)
            .Emonev(2026, 3, "1.06.02.1.01.0001", 1_000m, 500m, 100m, 20m);

        var point = Assert.Single(new ResultQueries(_facts.Store).Progress(2026, 3));

        Assert.Equal(("EMONEV 2026-03.xlsx", 4_000m, 1_000m), (point.SourceFile, point.Pagu, point.Spent));
    }

    [Fact]
    public void Absorption_Month_NamesItsLraAndTheEmonevFileOfItsCashPlan()
    {
        _facts.Lra(2026, 3, "1.06.01", "program", 8_000m, 2_000m)
            .Emonev(2026, 3, "1.06.01.1.01.0001", 8_000m, 2_400m, 2_000m, 30m);

        var point = Assert.Single(new ResultQueries(_facts.Store).Absorption(2026, 3));

        Assert.Equal((25m, 2_400m), (point.Absorption, point.RakToDate));
        Assert.Equal(("LRA 2026-03.xlsx", "EMONEV 2026-03.xlsx"), (point.LraFile, point.RakFile));
    }

    public void Dispose() => _facts.Dispose();
}
