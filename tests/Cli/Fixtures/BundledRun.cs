using Microsoft.Extensions.Logging.Abstractions;
using SakipAnalytics.Cli.Pipeline;
using SakipAnalytics.Cli.Settings;

namespace SakipAnalytics.Cli.Tests.Fixtures;

/// <summary>One run of the main job on the bundled data/, shared by the tests that read its outputs.</summary>
public sealed class BundledRun : IDisposable
{
    public BundledRun()
    {
        Output = Directory.CreateTempSubdirectory("sakip-run-").FullName;
        Settings = new SakipSettings { DataFolder = RepositoryData.Folder, OutputFolder = Output };
        Result = new MainJob(Settings, new FixedClock(), NullLoggerFactory.Instance).Run();
    }

    public string Output { get; }

    public SakipSettings Settings { get; }

    public RunResult Result { get; }

    public void Dispose() => Directory.Delete(Output, recursive: true);
}
