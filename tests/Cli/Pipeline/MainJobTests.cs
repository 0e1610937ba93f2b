using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using SakipAnalytics.Cli.Tests.Fixtures;
using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Capaian;
using SakipAnalytics.Model.Formatting;
using SakipAnalytics.Model.Store;
using Snapshooter.Xunit;

namespace SakipAnalytics.Cli.Tests.Pipeline;

[Collection(SharesBundledRun.Name)]
public sealed class MainJobTests(BundledRun run)
{
    [Fact]
    public void Run_BundledData_LoadsEveryFileWithoutRejection()
    {
        var ingest = run.Result.Ingest;

        Assert.Equal(0, ingest.Rejected);
        Assert.Equal(Ingest.Loading.FolderIngest.Candidates(RepositoryData.Folder).Count, ingest.Loaded);
    }

    [Fact]
    public void Run_BundledData_FindsExactlyTheFourPlantedInconsistencies()
    {
        var warnings = run.Result.Ingest.Files.SelectMany(f => f.Findings.Select(x => (f.FileName, x.Row, x.Found))).ToList();

        Assert.Equal(4, warnings.Count);
        Assert.Contains(("Capaian Bidang Rehsos 2026-06.xlsx", 10, "96,96"), warnings);
        Assert.Contains(("LRA Dinsos 2026 10.csv", 67, "1.249.826.350,00"), warnings);
        Assert.Contains(("RFK Dinsos Kalsel Juli 2026.xlsx", 24, "786.139.429,00"), warnings);
        Assert.Contains(("Hasil Evaluasi LKE PSAA Tahun 2025.xlsx", 38, "11,46"), warnings);
    }

    [Fact]
    public void Run_BundledData_WritesTheLkjipOfTheLatestClosedYearAndTheLatestDashboard()
    {
        Assert.Equal(2025, run.Result.LkjipYear);
        Assert.True(File.Exists(Path.Combine(run.Output, "laporan", "LKjIP-2025.docx")));
        Assert.True(File.Exists(Path.Combine(run.Output, "dashboard", "2026-10", "index.html")));
        Assert.True(File.Exists(Path.Combine(run.Output, "sakip.duckdb")));
    }

    [Fact]
    public void Run_BundledData_WritesEveryAnalysisTableAsAValidWorkbook()
    {
        var tables = run.Result.Tables.ToDictionary(t => t.Table.Name);

        Assert.Equal(15, tables.Count);
        Assert.Equal(500, tables["capaian_bulanan"].Rows);
        Assert.Equal("kaskade-2026-10.xlsx", Path.GetFileName(tables["kaskade"].Path));
        Assert.All(tables.Values, t => Assert.Empty(XlsxSheets.SchemaErrors(t.Path!)));
    }

    [Fact]
    public void Run_BundledData_LkjipPassesTheOpenXmlValidator()
    {
        using var document = WordprocessingDocument.Open(run.Result.LkjipPath!, false);

        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();

        Assert.Empty(errors);
    }

    [Fact]
    public void Run_BundledData_PpksMandiri2023IsTheOfficesPublishedCapaian()
    {
        using var store = SakipStore.Open(run.Settings.DatabasePath);

        var result = new ResultQueries(store).IndicatorResults(2023, 12).Single(r => r.Code == "IKU.01");

        Assert.Equal("114,05", IndonesianFormat.Number(result.Capaian.Uncapped!.Value));
        Assert.Equal(InterpretationBand.SangatTinggi, AnalysisSettings.Default.Band(result.Capaian));
        Assert.Equal("Capaian IKU Dinas Sosial Tahun 2023.xlsx", result.Source.FileName);
    }

    [Fact]
    public void Run_BundledData_BabIIITextAndTablesMatchTheirSnapshot()
    {
        var babIII = BabIII.Read(run.Result.LkjipPath!);

        Snapshot.Match(babIII);
    }
}
