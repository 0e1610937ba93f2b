using SakipAnalytics.Ingest.Findings;
using SakipAnalytics.Ingest.Loading;
using SakipAnalytics.Ingest.Tests.Fixtures;

namespace SakipAnalytics.Ingest.Tests.Loading;

public sealed class ReferenceLoaderTests : IDisposable
{
    private const string IndicatorSheet = "xl/worksheets/sheet2.xml";
    private const string PkSheet = "xl/worksheets/sheet4.xml";

    private readonly IngestHarness _harness = new();
    private readonly TempFolder _temp = new();

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

    [Fact]
    public void Load_RevisionDatedOutsideItsYear_IsRejectedNamingTheCell()
    {
        var error = RejectedWith(PkSheet, ("E108", "2026-02-01"));

        Assert.Equal((108, "Tanggal Berlaku", "2026-02-01"), (error.Row!.Value, error.Column, error.Found));
        Assert.Equal("tanggal dalam tahun 2025", error.Expected);
    }

    [Fact]
    public void Load_SecondPkMurniForTheSameYear_IsRejectedNamingTheFirst()
    {
        var error = RejectedWith(PkSheet, ("D108", "Murni"));

        Assert.Equal((108, "Jenis PK"), (error.Row!.Value, error.Column));
        Assert.Equal("satu baris PK Murni LJS.02 tahun 2025 (sudah ada di baris 107)", error.Expected);
    }

    [Fact]
    public void Load_NegativePkTarget_IsRejected()
    {
        var error = RejectedWith(PkSheet, ("C107", "-5"));

        Assert.Equal((107, "Target PK", "-5"), (error.Row!.Value, error.Column, error.Found));
    }

    [Fact]
    public void Load_SasaranCodeGivenASecondName_IsRejectedNamingTheFirst()
    {
        var error = RejectedWith(IndicatorSheet, ("I4", "Sasaran lain"));

        Assert.Equal((4, "Sasaran Strategis", "Sasaran lain"), (error.Row!.Value, error.Column, error.Found));
        Assert.StartsWith("'Meningkatnya perlindungan", error.Expected, StringComparison.Ordinal);
        Assert.EndsWith("' seperti kode S2 di baris 3", error.Expected, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _harness.Dispose();
        _temp.Dispose();
    }

    /// <summary>Loads the bundled workbook with cells of one sheet replaced; it must be rejected.</summary>
    private Finding RejectedWith(string sheetPart, params (string Cell, string Text)[] cells)
    {
        using var bare = new IngestHarness(withReference: false);
        var path = WorkbookCells.Replace(
            RepositoryData.ReferenceWorkbook, Path.Combine(_temp.Path, "referensi.xlsx"), sheetPart, cells);

        var outcome = bare.Load(path);

        Assert.Equal(LoadStatus.Rejected, outcome.Status);
        Assert.Equal(0, bare.Count("pk_target"));
        return Assert.Single(outcome.Errors);
    }
}
