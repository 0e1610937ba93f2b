using System.CommandLine;

namespace SakipAnalytics.Cli.Commands;

/// <summary>Options shared by the commands that read inputs or write outputs.</summary>
public static class CommonOptions
{
    public static Option<string?> Data() =>
        new("--data") { Description = "Folder berkas masukan (bawaan: data, atau DataFolder di sakip.json)" };

    public static Option<string?> Output() =>
        new("--out") { Description = "Folder basis data dan keluaran (bawaan: out)" };

    public static Option<string?> Cap() =>
        new("--cap") { Description = "Batas atas capaian yang ditampilkan: none, 100 atau 120 (bawaan: none)" };
}
