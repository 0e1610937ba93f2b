using Microsoft.Extensions.Logging.Abstractions;
using SakipAnalytics.Cli.Commands;
using SakipAnalytics.Cli.Tests.Fixtures;

namespace SakipAnalytics.Cli.Tests.Commands;

[Collection(SharesBundledRun.Name)]
public sealed class ProvenanceCommandsTests(BundledRun run)
{
    [Fact]
    public void Explain_PpksMandiri2023_ShowsTheFigureItsFormulaAndItsSourceRow()
    {
        var output = new StringWriter();

        var code = Invoke(output, "explain", "IKU.01", "2023", "--out", run.Output);

        var text = output.ToString();
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("114,05% (tanpa batas atas 114,05%; kategori Sangat Tinggi)", text, StringComparison.Ordinal);
        Assert.Contains("realisasi / target × 100 (polaritas positif, agregasi tahunan)", text, StringComparison.Ordinal);
        Assert.Contains("Capaian IKU Dinas Sosial Tahun 2023.xlsx, sheet Capaian, baris 9", text, StringComparison.Ordinal);
        Assert.Contains("sheet Perjanjian Kinerja, baris", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_NegativeIndicatorWithCap_ShowsTheCappedAndUncappedValue()
    {
        var output = new StringWriter();

        Invoke(output, "explain", "REH.02", "2026-06", "--out", run.Output, "--cap", "100");

        Assert.Contains("100,00% (tanpa batas atas 103,04%", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("(2 × target − realisasi) / target × 100", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Files_AfterTheRun_ListsEveryFileWithItsStatus()
    {
        var output = new StringWriter();

        Invoke(output, "files", "--out", run.Output);

        var lines = output.ToString().Split('\n');
        Assert.Contains($"{run.Result.Ingest.Read} berkas.", lines.Select(l => l.TrimEnd()));
        var october = lines.Single(l => l.EndsWith("LRA Dinsos 2026 10.csv", StringComparison.Ordinal));
        Assert.Contains("dimuat", october, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025", 2025, 12)]
    [InlineData("2026-03", 2026, 3)]
    [InlineData("03/2026", 2026, 3)]
    public void Period_KnownForms_GiveYearAndMonth(string text, int year, int month)
    {
        Assert.Equal((year, month), ExplainCommand.Period(text));
    }

    private static int Invoke(StringWriter output, params string[] args) =>
        SakipCommandLine.Build(NullLoggerFactory.Instance, output).Parse(args).Invoke();
}
