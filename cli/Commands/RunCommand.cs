using System.CommandLine;
using Microsoft.Extensions.Logging;
using SakipAnalytics.Cli.Pipeline;
using SakipAnalytics.Cli.Settings;
using SakipAnalytics.Cli.Summary;
using SakipAnalytics.Ingest.Loading;

namespace SakipAnalytics.Cli.Commands;

/// <summary><c>sakip run</c>: the main job on a data folder.</summary>
public static class RunCommand
{
    private const string Description = "Muat semua berkas di folder data, hitung capaian, tulis LKjIP dan dasbor";

    public static Command Create(ILoggerFactory logging, TextWriter output)
    {
        var data = CommonOptions.Data();
        var outFolder = CommonOptions.Output();
        var cap = CommonOptions.Cap();
        var command = new Command("run", Description) { data, outFolder, cap };
        command.SetAction(parse => Guard.Run(output, () =>
        {
            var loaded = SettingsLoader.Load(".");
            var settings = SettingsLoader.Validate(loaded with
            {
                DataFolder = parse.GetValue(data) ?? loaded.DataFolder,
                OutputFolder = parse.GetValue(outFolder) ?? loaded.OutputFolder,
                Cap = parse.GetValue(cap) ?? loaded.Cap,
            });
            var result = new MainJob(settings, TimeProvider.System, logging).Run();
            RunSummary.Write(result, output);
            return result.OutputFailed ? ExitCodes.Failed
                : result.Ingest.Rejected > 0 ? ExitCodes.SomeFilesRejected
                : ExitCodes.Success;
        }));
        return command;
    }
}
