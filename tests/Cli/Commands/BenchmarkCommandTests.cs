using Microsoft.Extensions.Logging.Abstractions;
using SakipAnalytics.Cli.Commands;
using SakipAnalytics.Cli.Tests.Fixtures;

namespace SakipAnalytics.Cli.Tests.Commands;

/// <summary>The benchmark runs the whole pipeline on a folder and reports every stage; its timings are not asserted.</summary>
public sealed class BenchmarkCommandTests
{
    [Fact]
    public void Benchmark_BundledData_CountsTheFilesAndRowsOfEachFormatAndRunsEveryStage()
    {
        var output = new StringWriter();

        var code = SakipCommandLine.Build(NullLoggerFactory.Instance, output)
            .Parse(["benchmark", "--data", RepositoryData.Folder]).Invoke();

        var rows = output.ToString().Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal)).ToList();
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains(rows, r => r.StartsWith("| ingest csv | 72 | 2256 | ", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("| DuckDB read_csv of the same csv (floor) | 72 | ", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("| ingest xlsx | 242 | ", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, r => r.Contains("not run", StringComparison.Ordinal));
        Assert.Matches(@"csv ingest / floor: \d+\.\dx; whole run \d+\.\d s; peak memory \d+ MB", output.ToString());
    }
}
