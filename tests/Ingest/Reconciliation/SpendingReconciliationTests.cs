using SakipAnalytics.Ingest.Findings;
using SakipAnalytics.Ingest.Tests.Fixtures;

namespace SakipAnalytics.Ingest.Tests.Reconciliation;

public sealed class SpendingReconciliationTests : IDisposable
{
    private readonly IngestHarness _harness = new();

    [Fact]
    public void EmonevAfterLra_SpendingThatDiffers_IsAWarningNamingBothFigures()
    {
        _harness.Load(RepositoryData.File("anggaran", "LRA Dinsos 2026 07.csv"));

        var outcome = _harness.Load(RepositoryData.File("emonev", "RFK Dinsos Kalsel Juli 2026.xlsx"));

        var warning = Assert.Single(outcome.Findings, f => f.Severity == Severity.Warning);
        Assert.Equal((24, "786.139.429,00"), (warning.Row!.Value, warning.Found));
        Assert.Equal("804.889.429,00 seperti di LRA Dinsos 2026 07.csv baris 89", warning.Expected);
    }

    [Fact]
    public void LraAfterEmonev_SpendingThatDiffers_IsReportedOnTheLra()
    {
        _harness.Load(RepositoryData.File("emonev", "RFK Dinsos Kalsel Juli 2026.xlsx"));

        var outcome = _harness.Load(RepositoryData.File("anggaran", "LRA Dinsos 2026 07.csv"));

        var warning = Assert.Single(outcome.Findings, f => f.Severity == Severity.Warning);
        Assert.Equal((89, "804.889.429,00"), (warning.Row!.Value, warning.Found));
    }

    [Fact]
    public void MatchingMonth_RaisesNothing()
    {
        _harness.Load(RepositoryData.File("anggaran", "LRA Dinsos 2026 03.csv"));

        var outcome = _harness.Load(RepositoryData.File("emonev", "RFK Dinsos Kalsel Maret 2026.xlsx"));

        Assert.Empty(outcome.Findings);
    }

    public void Dispose() => _harness.Dispose();
}
