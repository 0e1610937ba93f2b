using Microsoft.Extensions.Logging.Abstractions;
using SakipAnalytics.Cli.Commands;
using SakipAnalytics.Cli.Tests.Fixtures;

namespace SakipAnalytics.Cli.Tests.Commands;

[Collection(SharesBundledRun.Name)]
public sealed class DashboardCommandTests(BundledRun run)
{
    [Fact]
    public void Dashboard_ReportedMonth_WritesItsPageAndListsItInTheIndex()
    {
        var output = new StringWriter();

        var code = Invoke(output, "dashboard", "--year", "2026", "--month", "3");

        var page = Path.Combine(run.Output, "dashboard", "2026-03", "index.html");
        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal($"Ditulis: {page}", output.ToString().Split('\n')[0].Trim());
        Assert.Matches(@"^Waktu: \d+,\d detik$", output.ToString().Split('\n')[1].Trim());
        Assert.Contains("Dasbor Kinerja Bulanan — Dinas Sosial Provinsi Kalimantan Selatan — Maret 2026", File.ReadAllText(page),
            StringComparison.Ordinal);
        Assert.Contains("2026-03/index.html", File.ReadAllText(Path.Combine(run.Output, "dashboard", "index.html")),
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--year 2026", "--year dan --month diberikan bersama, misalnya --year 2026 --month 3.")]
    [InlineData("--year 2026 --month 12", "Belum ada laporan capaian unit untuk Desember 2026.")]
    public void Dashboard_MonthNotGivenWholeOrNotReported_SaysSoAndFails(string arguments, string message)
    {
        var output = new StringWriter();

        var code = Invoke(output, ["dashboard", .. arguments.Split(' ')]);

        Assert.Equal((ExitCodes.Failed, message), (code, output.ToString().Trim()));
    }

    private int Invoke(StringWriter output, params string[] args) =>
        SakipCommandLine.Build(NullLoggerFactory.Instance, output).Parse([.. args, "--out", run.Output]).Invoke();
}
