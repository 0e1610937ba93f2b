using SakipAnalytics.Ingest.Loading;
using SakipAnalytics.Ingest.Tests.Fixtures;

namespace SakipAnalytics.Ingest.Tests.Loading;

public sealed class FolderIngestTests : IDisposable
{
    private readonly IngestHarness _harness = new(withReference: false);
    private readonly TempFolder _temp = new();

    [Fact]
    public void Run_DamagedWorkbook_IsRejectedByNameAndTheRestStillLoads()
    {
        _temp.Copy(RepositoryData.ReferenceWorkbook);
        _temp.Write("rehsos.csv", CapaianCsv.For("Bidang Rehabilitasi Sosial", "Maret 2026", CapaianCsv.Reh02));
        _temp.WriteBytes("Capaian PB Maret 2026.xlsx", "PK\u0003\u0004 not really a workbook"u8.ToArray());

        var report = _harness.Folder.Run(_temp.Path);

        var rejected = Assert.Single(report.Files, f => f.Status == LoadStatus.Rejected);
        Assert.Equal("Capaian PB Maret 2026.xlsx", rejected.FileName);
        Assert.Contains("rusak atau terpotong", Assert.Single(rejected.Errors).Message, StringComparison.Ordinal);
        Assert.Equal(2, report.Loaded);
        Assert.Equal(0, _harness.Store.Scalar<long>("SELECT count(*) FROM capaian_report WHERE unit_code = 'PB'"));
    }

    [Fact]
    public void Run_WorkbookCutShort_IsRejectedAndNothingFromItLands()
    {
        _temp.Copy(RepositoryData.ReferenceWorkbook);
        var whole = File.ReadAllBytes(RepositoryData.File("emonev", "RFK Dinsos Kalsel Maret 2026.xlsx"));
        _temp.WriteBytes("RFK Maret.xlsx", whole[..(whole.Length / 2)]);

        var report = _harness.Folder.Run(_temp.Path);

        Assert.Equal(LoadStatus.Rejected, Assert.Single(report.Files, f => f.FileName == "RFK Maret.xlsx").Status);
        Assert.Equal(0, _harness.Count("emonev_line"));
    }

    [Fact]
    public void Run_SameFolderTwice_LoadsEachFileOnce()
    {
        _temp.Copy(RepositoryData.ReferenceWorkbook);
        _temp.Write("rehsos.csv", CapaianCsv.For("Bidang Rehabilitasi Sosial", "Maret 2026", CapaianCsv.Reh02));
        _harness.Folder.Run(_temp.Path);

        var second = _harness.Folder.Run(_temp.Path);

        Assert.Equal(2, second.AlreadyLoaded);
        Assert.Equal(1, _harness.Count("capaian_report"));
        Assert.Equal(2, _harness.Count("source_file"));
    }

    [Fact]
    public void Run_CorrectedMonth_ReplacesTheFactsAndKeepsTheEarlierFileAsSuperseded()
    {
        _temp.Copy(RepositoryData.ReferenceWorkbook);
        _temp.Write("rehsos-03.csv", CapaianCsv.For("Bidang Rehabilitasi Sosial", "Maret 2026", CapaianCsv.Reh02));
        _harness.Folder.Run(_temp.Path);
        var corrected = CapaianCsv.Reh02.Replace(";6,17;6,17;76,60", ";5,50;5,50;90,00", StringComparison.Ordinal);
        _temp.Write("rehsos-03-revisi.csv", CapaianCsv.For("Bidang Rehabilitasi Sosial", "Maret 2026", corrected));

        var report = _harness.Folder.Run(_temp.Path);

        var correction = Assert.Single(report.Files, f => f.Status == LoadStatus.Corrected);
        Assert.Equal("rehsos-03.csv", correction.Superseded);
        Assert.Equal(5.5m, _harness.Store.Scalar<decimal>("SELECT realisasi_todate FROM capaian_report"));
        Assert.Equal("superseded", _harness.Store.Scalar<string>("SELECT status FROM source_file WHERE file_name = 'rehsos-03.csv'"));
    }

    [Fact]
    public void Run_CorrectionSignedBeforeTheFileItReplaces_IsLoadedWithAWarning()
    {
        _temp.Copy(RepositoryData.ReferenceWorkbook);
        var revised = CapaianCsv.For("Bidang Rehabilitasi Sosial", "Maret 2026", CapaianCsv.Reh02);
        _temp.Write("rehsos-03-revisi.csv", revised.Replace("5 April 2026", "12 April 2026", StringComparison.Ordinal));
        _harness.Folder.Run(_temp.Path);
        var older = CapaianCsv.Reh02.Replace(";6,17;6,17;76,60", ";5,50;5,50;90,00", StringComparison.Ordinal);
        _temp.Write("rehsos-03-lama.csv", CapaianCsv.For("Bidang Rehabilitasi Sosial", "Maret 2026", older));

        var report = _harness.Folder.Run(_temp.Path);

        var warning = Assert.Single(Assert.Single(report.Files, f => f.Status == LoadStatus.Corrected).Findings);
        Assert.Equal("Berkas ini menggantikan rehsos-03-revisi.csv, padahal ditandatangani lebih awal", warning.Message);
        Assert.Equal(("5 April 2026", "paling awal 12 April 2026 seperti rehsos-03-revisi.csv; periksa apakah ini versi terbaru"),
            (warning.Found, warning.Expected));
    }

    [Fact]
    public void Run_RejectedFileFixedInPlace_IsMarkedReplacedByTheLoadedOne()
    {
        _temp.Copy(RepositoryData.ReferenceWorkbook);
        var unknownCode = CapaianCsv.Reh02.Replace("REH.02", "REH.99", StringComparison.Ordinal);
        _temp.Write("rehsos-03.csv", CapaianCsv.For("Bidang Rehabilitasi Sosial", "Maret 2026", unknownCode));
        _harness.Folder.Run(_temp.Path);
        _temp.Write("rehsos-03.csv", CapaianCsv.For("Bidang Rehabilitasi Sosial", "Maret 2026", CapaianCsv.Reh02));

        _harness.Folder.Run(_temp.Path);

        const string Files = "SELECT string_agg(status || ':' || coalesce(CAST(superseded_by AS VARCHAR), '-'), ' ' ORDER BY file_id) "
            + "FROM source_file WHERE kind = 'capaian'";
        var loaded = _harness.Store.Scalar<int>("SELECT file_id FROM source_file WHERE kind = 'capaian' AND status = 'loaded'");
        Assert.Equal($"rejected:{loaded} loaded:-", _harness.Store.Scalar<string>(Files));
    }

    [Fact]
    public void Run_ResentFileCutShort_IsRejectedAndTheGoodMonthStays()
    {
        _temp.Copy(RepositoryData.ReferenceWorkbook);
        var good = _temp.Copy(RepositoryData.File("anggaran", "LRA Dinsos 2026 03.csv"));
        _harness.Folder.Run(_temp.Path);
        var lines = File.ReadAllLines(good);
        File.WriteAllLines(Path.Combine(_temp.Path, "LRA Dinsos 2026 03 (kirim ulang).csv"), lines[..40]);

        var report = _harness.Folder.Run(_temp.Path);

        var resent = Assert.Single(report.Files, f => f.Status == LoadStatus.Rejected);
        Assert.Contains("terpotong", Assert.Single(resent.Errors).Message, StringComparison.Ordinal);
        var coded = lines.Count(l => l.StartsWith("1.", StringComparison.Ordinal) || l.StartsWith("5.", StringComparison.Ordinal));
        Assert.Equal(coded, _harness.Count("lra_line"));
        Assert.Equal("loaded", _harness.Store.Scalar<string>("SELECT status FROM source_file WHERE file_name = 'LRA Dinsos 2026 03.csv'"));
    }

    public void Dispose()
    {
        _harness.Dispose();
        _temp.Dispose();
    }
}
