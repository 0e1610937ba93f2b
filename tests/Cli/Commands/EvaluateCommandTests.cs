using Microsoft.Extensions.Logging.Abstractions;
using SakipAnalytics.Cli.Commands;
using SakipAnalytics.Cli.Tests.Fixtures;

namespace SakipAnalytics.Cli.Tests.Commands;

[Collection(SharesBundledRun.Name)]
public sealed class EvaluateCommandTests(BundledRun run)
{
    [Fact]
    public void Evaluate_Bundled2025_RanksTheTenUnitsAndNamesTheSubtotalTheAnswersDoNotGive()
    {
        var output = new StringWriter();

        var code = Invoke(output, "evaluate", "--year", "2025");

        var lines = output.ToString().Split('\n', StringSplitOptions.TrimEntries);
        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal("Evaluasi akuntabilitas kinerja internal 2025 (rubrik 12/2015): 10 unit", lines[0]);
        Assert.Equal(Enumerable.Range(1, 10).Select(r => r.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            lines.Skip(2).Take(10).Select(l => l.Split(" | ")[0]));
        Assert.Contains("NILAI AKHIR evaluator: sesuai dengan jawaban di semua lembar kerja.", lines);
        Assert.Contains(
            "Hasil Evaluasi LKE PSAA Tahun 2025.xlsx, sheet LKE, baris 38: 2.b Kualitas Pengukuran ditulis 11,46, menurut jawaban 10,42",
            lines);
        Assert.Equal(12, lines.Count(l => l.StartsWith("Ditulis: ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Evaluate_YearWithoutWorksheets_IsRefusedNamingTheYearsLoaded()
    {
        var output = new StringWriter();

        var code = Invoke(output, "evaluate", "--year", "2019");

        Assert.Equal(ExitCodes.Failed, code);
        Assert.Equal("Belum ada lembar kerja LKE tahun 2019; yang dimuat: 2024, 2025.", output.ToString().Trim());
    }

    [Fact]
    public void Evaluate_UnknownRubric_IsRefusedListingTheChoices()
    {
        var output = new StringWriter();

        var code = Invoke(output, "evaluate", "--rubric", "2015");

        Assert.Equal(ExitCodes.Failed, code);
        Assert.StartsWith(
            "--rubric: Rubrik LKE 2015 tidak dapat dipakai: bukan 12/2015, 88/2021", output.ToString(), StringComparison.Ordinal);
    }

    private int Invoke(StringWriter output, params string[] args) =>
        SakipCommandLine.Build(NullLoggerFactory.Instance, output).Parse([.. args, "--out", run.Output]).Invoke();
}
