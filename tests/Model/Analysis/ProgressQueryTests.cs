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

    public void Dispose() => _facts.Dispose();
}
