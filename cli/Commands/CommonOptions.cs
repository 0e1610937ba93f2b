using System.CommandLine;

namespace SakipAnalytics.Cli.Commands;

/// <summary>Options shared by the commands that read inputs or write outputs.</summary>
public static class CommonOptions
{
    public static Option<string?> Data() =>
        new("--data") { Description = "Folder of input files (default: data, or DataFolder in sakip.json)" };

    public static Option<string?> Output() =>
        new("--out") { Description = "Folder for the database and outputs (default: out)" };

    public static Option<string?> Cap() =>
        new("--cap") { Description = "Cap on displayed capaian: none, 100 or 120 (default: none)" };
}
