using System.CommandLine;
using Microsoft.Extensions.Logging;

namespace SakipAnalytics.Cli.Commands;

/// <summary>The <c>sakip</c> command and its subcommands.</summary>
public static class SakipCommandLine
{
    public static RootCommand Build(ILoggerFactory logging, TextWriter output)
    {
        var root = new RootCommand("SakipAnalytics: laporan kinerja SAKIP dari berkas ekspor kantor")
        {
            RunCommand.Create(logging, output),
            FilesCommand.Create(output),
            ExplainCommand.Create(output),
            ExportCommand.Create(output),
            CheckCommand.Create(output),
            ReportCommand.Create(output),
            DashboardCommand.Create(output),
            EvaluateCommand.Create(output),
            ScheduleCommand.Create(logging, output),
            BenchmarkCommand.Create(logging, output),
        };
        root.SetAction(_ =>
        {
            output.WriteLine("Perintah belum disebut. Contoh: sakip run --data data --out out (lihat sakip --help).");
            return ExitCodes.Failed;
        });
        return root;
    }
}
