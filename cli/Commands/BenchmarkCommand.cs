using System.CommandLine;
using Microsoft.Extensions.Logging;
using SakipAnalytics.Cli.Benchmarking;
using SakipAnalytics.Cli.Settings;

namespace SakipAnalytics.Cli.Commands;

/// <summary>
/// <c>sakip benchmark [--data folder]</c>: runs the whole pipeline on one office's folder (the
/// bundled data by default) or a folder of office folders, each office into its own temporary
/// store, and prints what each stage cost, for docs/benchmarks.md.
/// </summary>
public static class BenchmarkCommand
{
    public static Command Create(ILoggerFactory logging, TextWriter output)
    {
        var data = CommonOptions.Data();
        var command = new Command(
            "benchmark",
            "Ukur waktu dan memori setiap tahap pada folder data satu kantor atau folder berisi folder per kantor (untuk pengembang)")
        {
            data,
        };
        command.SetAction(parse => Guard.Run(output, () =>
        {
            var settings = SettingsLoader.Validate(SettingsLoader.Load("."));
            var folder = parse.GetValue(data) ?? settings.DataFolder;
            if (!Directory.Exists(folder))
                throw new SettingsException($"Folder data tidak ditemukan: {Path.GetFullPath(folder)}");

            var result = new BenchmarkRun(settings, TimeProvider.System, logging).Run(folder);
            BenchmarkReport.Write(result, output);
            return result.RejectedFiles == 0 ? ExitCodes.Success : ExitCodes.Failed;
        }));
        return command;
    }
}
