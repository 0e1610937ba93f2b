using SakipAnalytics.Ingest.Findings;
using SakipAnalytics.Ingest.Loading;
using SakipAnalytics.Ingest.Tests.Fixtures;

namespace SakipAnalytics.Ingest.Tests.Lke;

public sealed class LkeLoaderTests : IDisposable
{
    private readonly IngestHarness _harness = new();

    [Fact]
    public void Load_EvaluatorSubtotalThatDoesNotAddUp_IsAWarningWithBothFigures()
    {
        var outcome = _harness.Load(RepositoryData.File("lke", "Hasil Evaluasi LKE PSAA Tahun 2025.xlsx"));

        var warning = Assert.Single(outcome.Findings, f => f.Severity == Severity.Warning);
        Assert.Equal(LoadStatus.Loaded, outcome.Status);
        Assert.Equal((38, "11,46", "10,42 menurut jawaban dan bobot"), (warning.Row!.Value, warning.Found, warning.Expected));
        Assert.Contains("2.b Kualitas Pengukuran", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ConsistentWorksheet_StoresEveryRowWithTheEvaluatorTotal()
    {
        var outcome = _harness.Load(RepositoryData.File("lke", "LKE 2024 PSAA.xlsx"));

        Assert.Empty(outcome.Findings);
        Assert.Equal(("PSAA", 2024), (outcome.UnitCode, outcome.Year!.Value));
        Assert.Equal(1, _harness.Store.Scalar<long>("SELECT count(*) FROM lke_row WHERE number = 'NILAI AKHIR'"));
    }

    public void Dispose() => _harness.Dispose();
}
