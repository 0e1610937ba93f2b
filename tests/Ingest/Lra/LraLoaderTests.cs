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

    [Fact]
    public void Load_SpendingAbovePagu_IsAWarningOnEachLine()
    {
        using var temp = new TempFolder();
        var path = temp.Write("LRA Maret.csv", string.Join("\n",
            "PEMERINTAH PROVINSI KALIMANTAN SELATAN",
            "Periode : 1 Januari 2026 s.d. 31 Maret 2026",
            "",
            "Kode Rekening;Uraian;Anggaran;Realisasi s.d. Bulan Lalu;Realisasi Bulan Ini;Realisasi s.d. Bulan Ini;Sisa Anggaran;%",
            "1.06.02;PROGRAM PEMBERDAYAAN SOSIAL;1.000,00;600,00;600,00;1.200,00;-200,00;120",
            "1.06.02.1.03;Pengembangan Potensi;1.000,00;600,00;600,00;1.200,00;-200,00;120",
            "1.06.02.1.03.0001;Peningkatan Kemampuan;1.000,00;600,00;600,00;1.200,00;-200,00;120",
            "5.1.02.04.01.0001;Belanja Perjalanan Dinas Biasa;1.000,00;600,00;600,00;1.200,00;-200,00;120",
            ";JUMLAH BELANJA;1.000,00;600,00;600,00;1.200,00;-200,00;120"));

        var outcome = _harness.Load(path);

        Assert.Equal(LoadStatus.Loaded, outcome.Status);
        Assert.Equal([5, 6, 7, 8], outcome.Findings.Select(f => f.Row!.Value));
        Assert.All(outcome.Findings, f => Assert.Equal(("1.200,00", "paling banyak 1.000,00"), (f.Found, f.Expected)));
    }

    public void Dispose() => _harness.Dispose();
}
