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

    [Fact]
    public void Load_Worksheet88Of2021WithATotalTheAnswersDoNotGive_ScoresItUnderThatSchemeAndSaysSo()
    {
        using var temp = new TempFolder();
        var worksheet = LkeCsv.For("UPTD Panti Sosial Asuhan Anak Budi Mulia", 2025, LkeCsv.Scheme2021("82,50"));
        var path = temp.Write("lke-psaa-2025.csv", worksheet);

        var outcome = _harness.Load(path);

        var warning = Assert.Single(outcome.Findings);
        Assert.Equal(LoadStatus.Loaded, outcome.Status);
        Assert.Equal(("Nilai", "82,50", "81,20 menurut jawaban dan bobot"), (warning.Column, warning.Found, warning.Expected));
        Assert.Equal("Nilai evaluator untuk NILAI AKHIR tidak sesuai dengan jawaban di bawahnya", warning.Message);
    }

    public void Dispose() => _harness.Dispose();
}
