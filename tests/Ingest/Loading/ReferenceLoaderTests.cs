using SakipAnalytics.Ingest.Tests.Fixtures;

namespace SakipAnalytics.Ingest.Tests.Loading;

public sealed class ReferenceLoaderTests : IDisposable
{
    private readonly IngestHarness _harness = new();

    [Fact]
    public void Load_BundledWorkbook_KnowsTheOfficeTenUnitsAndTheirIndicators()
    {
        Assert.Equal(11, _harness.Count("unit"));
        Assert.Equal(24, _harness.Count("indicator"));
        Assert.Equal("negatif", _harness.Store.Scalar<string>("SELECT polarity FROM indicator WHERE indicator_code = 'REH.02'"));
    }

    [Fact]
    public void Load_BundledWorkbook_KeepsThePkRevisionWithItsDate()
    {
        var revised = _harness.Store.Scalar<string>(
            "SELECT strftime(effective_from, '%Y-%m-%d') || ' ' || target_text FROM pk_target WHERE version = 'Perubahan'");

        Assert.Equal("2025-09-15 250", revised);
    }

    public void Dispose() => _harness.Dispose();
}
