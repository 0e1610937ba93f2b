using System.CommandLine;
using Microsoft.Extensions.Logging;

namespace SakipAnalytics.Cli.Commands;

/// <summary>The <c>sakip</c> command and its subcommands.</summary>
public static class SakipCommandLine
{
    public static RootCommand Build(ILoggerFactory logging, TextWriter output) =>
        new("SakipAnalytics: laporan kinerja SAKIP dari berkas ekspor kantor")
        {
            RunCommand.Create(logging, output),
        };
}
