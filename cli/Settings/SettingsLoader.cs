using Microsoft.Extensions.Configuration;

namespace SakipAnalytics.Cli.Settings;

/// <summary>Reads <see cref="SakipSettings"/> from <c>sakip.json</c> and <c>SAKIP_</c> environment variables.</summary>
public static class SettingsLoader
{
    public const string FileName = "sakip.json";

    public static SakipSettings Load(string folder)
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(Path.GetFullPath(folder))
            .AddJsonFile(FileName, optional: true)
            .AddEnvironmentVariables("SAKIP_")
            .Build();
        var settings = configuration.Get<SakipSettings>() ?? new SakipSettings();
        Validate(settings);
        return settings;
    }

    private static void Validate(SakipSettings settings)
    {
        _ = settings.Analysis();
        if (settings.Bands.Length != 4 || !settings.Bands.SequenceEqual(settings.Bands.OrderDescending()))
            throw new SettingsException("Bands must be four descending lower bounds, e.g. [91, 76, 66, 51].");
    }
}
