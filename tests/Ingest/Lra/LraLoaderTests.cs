using SakipAnalytics.Ingest.Findings;
using SakipAnalytics.Ingest.Loading;
using SakipAnalytics.Ingest.Tests.Fixtures;

namespace SakipAnalytics.Ingest.Tests.Lra;

public sealed class LraLoaderTests : IDisposable
{
    private readonly IngestHarness _harness = new();

    [Fact]
    public void Load_BundledOctober2026_FindsTheKegiatanThatDoesNotSum()
    {
        var outcome = _harness.Load(RepositoryData.File("anggaran", "LRA Dinsos 2026 10.csv"));

        var warning = Assert.Single(outcome.Findings, f => f.Severity == Severity.Warning);
        Assert.Equal(LoadStatus.Loaded, outcome.Status);
        Assert.Equal((67, "Realisasi s.d. Bulan Ini", "1.249.826.350,00"), (warning.Row!.Value, warning.Column, warning.Found));
        Assert.Equal("1.249.576.350,00 (jumlah rincian)", warning.Expected);
    }

    [Fact]
    public void Load_BundledMarch2026_StoresTheTreeWithAccountsUnderTheirSubKegiatan()
    {
        var outcome = _harness.Load(RepositoryData.File("anggaran", "LRA Dinsos 2026 03.csv"));

        Assert.Empty(outcome.Findings);
        Assert.Equal(("DINSOS", 2026, 3), (outcome.UnitCode, outcome.Year!.Value, outcome.Month!.Value));
        Assert.Equal(0, _harness.Store.Scalar<long>("SELECT count(*) FROM lra_line WHERE level = 'akun' AND parent_kode IS NULL"));
        Assert.Equal(
            _harness.Store.Scalar<decimal>("SELECT sum(anggaran) FROM lra_line WHERE level = 'program'"),
            _harness.Store.Scalar<decimal>("SELECT sum(anggaran) FROM lra_line WHERE level = 'sub_kegiatan'"));
    }

    public void Dispose() => _harness.Dispose();
}
