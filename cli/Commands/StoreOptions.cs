using System.CommandLine;
using SakipAnalytics.Cli.Settings;
using SakipAnalytics.Model.Store;

namespace SakipAnalytics.Cli.Commands;

/// <summary>Opening the database a finished run left in the output folder, for the commands that read it.</summary>
public static class StoreOptions
{
    public static SakipSettings Settings(ParseResult parse, Option<string?> outFolder, Option<string?>? cap = null)
    {
        ArgumentNullException.ThrowIfNull(parse);

        var loaded = SettingsLoader.Load(".");
        return SettingsLoader.Validate(loaded with
        {
            OutputFolder = parse.GetValue(outFolder) ?? loaded.OutputFolder,
            Cap = (cap is null ? null : parse.GetValue(cap)) ?? loaded.Cap,
        });
    }

    public static SakipStore OpenExisting(SakipSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);

        if (!File.Exists(settings.DatabasePath))
            throw new SettingsException($"Belum ada basis data di {settings.DatabasePath}; jalankan 'sakip run' lebih dulu.");
        return SakipStore.Open(settings.DatabasePath);
    }
}
