using SakipAnalytics.Cli.Summary;
using SakipAnalytics.Cli.Tests.Fixtures;

namespace SakipAnalytics.Cli.Tests.Summary;

[Collection(SharesBundledRun.Name)]
public sealed class RunSummaryTests(BundledRun run)
{
    [Fact]
    public void Write_BundledRun_CountsTheFindingsAcrossSourcesAndSaysWhereTheyAre()
    {
        var output = new StringWriter();

        RunSummary.Write(run.Result, output);

        var line = output.ToString().Split(Environment.NewLine).Single(l => l.StartsWith("Temuan kualitas data", StringComparison.Ordinal));
        Assert.StartsWith("Temuan kualitas data: 14, dirinci di ", line, StringComparison.Ordinal);
        Assert.EndsWith("temuan.xlsx (atau: sakip check)", line, StringComparison.Ordinal);
    }
}
