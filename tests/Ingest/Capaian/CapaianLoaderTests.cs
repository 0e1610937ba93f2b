using SakipAnalytics.Ingest.Findings;
using SakipAnalytics.Ingest.Loading;
using SakipAnalytics.Ingest.Tests.Fixtures;

namespace SakipAnalytics.Ingest.Tests.Capaian;

public sealed class CapaianLoaderTests : IDisposable
{
    private readonly IngestHarness _harness = new();
    private readonly TempFolder _temp = new();

    [Fact]
    public void Load_UnitCsv_StoresTheLineWithItsSourceRow()
    {
        var path = _temp.Write("rehsos.csv", CapaianCsv.For("Bidang Rehabilitasi Sosial", "Maret 2026", CapaianCsv.Reh02));

        var outcome = _harness.Load(path);

        Assert.Equal(LoadStatus.Loaded, outcome.Status);
        Assert.Equal(("REHSOS", 2026, 3), (outcome.UnitCode, outcome.Year!.Value, outcome.Month!.Value));
        Assert.Equal(6.17m, _harness.Store.Scalar<decimal>("SELECT realisasi_todate FROM capaian_report WHERE indicator_code = 'REH.02'"));
        Assert.Equal(8, _harness.Store.Scalar<int>("SELECT source_row FROM capaian_report WHERE indicator_code = 'REH.02'"));
    }

    [Fact]
    public void Load_OwnCapaianThatDoesNotFollow_IsAWarningNamingBothFigures()
    {
        var line = CapaianCsv.Reh02.Replace("76,60", "123,40", StringComparison.Ordinal);
        var path = _temp.Write("rehsos.csv", CapaianCsv.For("Bidang Rehabilitasi Sosial", "Maret 2026", line));

        var outcome = _harness.Load(path);

        var warning = Assert.Single(outcome.Findings);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal((8, "Capaian (%)", "123,40"), (warning.Row!.Value, warning.Column, warning.Found));
        Assert.StartsWith("76,60 menurut rumus (2 × target − realisasi)", warning.Expected, StringComparison.Ordinal);
        Assert.Equal(LoadStatus.Loaded, outcome.Status);
    }

    [Theory]
    [InlineData("-6,17", "-6,17", "Realisasi bernilai negatif")]
    [InlineData("617", "617,00", "Realisasi persen di atas 100")]
    public void Load_ImplausibleRealisasi_IsAWarningNamingRowColumnAndValue(string realisasi, string found, string problem)
    {
        var line = CapaianCsv.Reh02.Replace(";6,17;6,17;76,60;", $";6,17;{realisasi};;", StringComparison.Ordinal);
        var path = _temp.Write("rehsos.csv", CapaianCsv.For("Bidang Rehabilitasi Sosial", "Maret 2026", line));

        var outcome = _harness.Load(path);

        var warning = Assert.Single(outcome.Findings);
        Assert.Equal((8, "Realisasi s.d. Bulan Ini", found), (warning.Row!.Value, warning.Column, warning.Found));
        Assert.StartsWith(problem, warning.Message, StringComparison.Ordinal);
        Assert.Equal(LoadStatus.Loaded, outcome.Status);
    }

    [Fact]
    public void Load_KendalaWithAWordLineBreak_IsStoredWithANewLine()
    {
        var line = CapaianCsv.Reh02[..^1] + "Anggaran terlambat\vSDM kurang;Koordinasi";
        var path = _temp.Write("rehsos.csv", CapaianCsv.For("Bidang Rehabilitasi Sosial", "Maret 2026", line));

        _harness.Load(path);

        Assert.Equal("Anggaran terlambat\nSDM kurang", _harness.Store.Scalar<string>("SELECT kendala FROM capaian_report"));
    }

    [Fact]
    public void Load_KendalaOfOnlyADash_IsStoredAsNone()
    {
        var line = CapaianCsv.Reh02[..^1] + "-;Koordinasi";
        var path = _temp.Write("rehsos.csv", CapaianCsv.For("Bidang Rehabilitasi Sosial", "Maret 2026", line));

        _harness.Load(path);

        const string Remarks = "SELECT count(*) FROM capaian_report WHERE kendala IS NULL AND tindak_lanjut = 'Koordinasi'";
        Assert.Equal(1, _harness.Store.Scalar<int>(Remarks));
    }

    [Fact]
    public void Load_UnknownIndicatorCode_RejectsTheFileAndStoresNothing()
    {
        var line = CapaianCsv.Reh02.Replace("REH.02", "REH.99", StringComparison.Ordinal);
        var path = _temp.Write("rehsos.csv", CapaianCsv.For("Bidang Rehabilitasi Sosial", "Maret 2026", CapaianCsv.Reh02, line));

        var outcome = _harness.Load(path);

        var error = Assert.Single(outcome.Errors);
        Assert.Equal(LoadStatus.Rejected, outcome.Status);
        Assert.Equal((9, "Kode Indikator", "REH.99"), (error.Row!.Value, error.Column, error.Found));
        Assert.Equal(0, _harness.Count("capaian_report"));
        Assert.Equal("rejected", _harness.Store.Scalar<string>("SELECT status FROM source_file WHERE file_name = 'rehsos.csv'"));
    }

    [Fact]
    public void Load_TextWhereANumberBelongs_NamesRowColumnAndValue()
    {
        var line = CapaianCsv.Reh02.Replace(";6,17;6,17;", ";6,17;enam;", StringComparison.Ordinal);
        var path = _temp.Write("rehsos.csv", CapaianCsv.For("Bidang Rehabilitasi Sosial", "Maret 2026", line));

        var outcome = _harness.Load(path);

        var error = Assert.Single(outcome.Errors);
        Assert.Equal((8, "Realisasi s.d. Bulan Ini", "enam"), (error.Row!.Value, error.Column, error.Found));
        Assert.Contains("angka", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownUnit_IsRejectedNamingTheUnit()
    {
        var path = _temp.Write("x.csv", CapaianCsv.For("Bidang Entah Apa", "Maret 2026", CapaianCsv.Reh02));

        var outcome = _harness.Load(path);

        Assert.Equal("Bidang Entah Apa", Assert.Single(outcome.Errors).Found);
    }

    [Fact]
    public void Load_BeforeAnyReference_SaysTheReferenceIsMissingRatherThanTheUnit()
    {
        using var bare = new IngestHarness(withReference: false);
        var path = _temp.Write("rehsos.csv", CapaianCsv.For("Bidang Rehabilitasi Sosial", "Maret 2026", CapaianCsv.Reh02));

        var outcome = bare.Load(path);

        Assert.StartsWith("Workbook referensi belum termuat", outcome.Errors.First().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_PeriodThatDoesNotParse_IsRejectedStillNamingTheUnitItRead()
    {
        var path = _temp.Write("x.csv", CapaianCsv.For("Bidang Rehabilitasi Sosial", "Juni 2O26", CapaianCsv.Reh02));

        var outcome = _harness.Load(path);

        Assert.Equal("Periode laporan tidak dapat dibaca", Assert.Single(outcome.Errors).Message);
        Assert.Equal("REHSOS", outcome.UnitCode);
    }

    [Fact]
    public void Load_MissingRequiredColumn_NamesTheColumn()
    {
        var content = CapaianCsv.For("Bidang Rehabilitasi Sosial", "Maret 2026", CapaianCsv.Reh02)
            .Replace("Realisasi s.d. Bulan Ini", "Realisasi Kumulatif", StringComparison.Ordinal);
        var path = _temp.Write("x.csv", content);

        var outcome = _harness.Load(path);

        Assert.Equal(LoadStatus.Rejected, outcome.Status);
        Assert.Contains("Realisasi s.d. Bulan Ini", Assert.Single(outcome.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnquotedDecimalCommaInACommaFile_IsRejectedRatherThanShifted()
    {
        var content = CapaianCsv.For("Bidang Rehabilitasi Sosial", "Maret 2026", CapaianCsv.Reh02).Replace(';', ',');
        var path = _temp.Write("rehsos.csv", content);

        var outcome = _harness.Load(path);

        var error = Assert.Single(outcome.Errors);
        Assert.Equal((8, "13 kolom"), (error.Row!.Value, error.Found));
        Assert.Equal(0, _harness.Count("capaian_report"));
    }

    [Fact]
    public void Load_FigureBeyondAnyBudget_IsAnErrorNotACrash()
    {
        var line = CapaianCsv.Reh02.Replace(";6,17;6,17;", ";6,17;1.000.000.000.000.000;", StringComparison.Ordinal);
        var path = _temp.Write("rehsos.csv", CapaianCsv.For("Bidang Rehabilitasi Sosial", "Maret 2026", line));

        var outcome = _harness.Load(path);

        Assert.Equal("Realisasi s.d. Bulan Ini", Assert.Single(outcome.Errors).Column);
    }

    [Fact]
    public void Load_SameIndicatorTwice_IsRejected()
    {
        var content = CapaianCsv.For("Bidang Rehabilitasi Sosial", "Maret 2026", CapaianCsv.Reh02, CapaianCsv.Reh02);
        var path = _temp.Write("rehsos.csv", content);

        var outcome = _harness.Load(path);

        Assert.Equal((9, "REH.02"), (Assert.Single(outcome.Errors).Row!.Value, outcome.Errors.Single().Found));
    }

    public void Dispose()
    {
        _harness.Dispose();
        _temp.Dispose();
    }
}
