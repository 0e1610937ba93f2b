using System.Globalization;
using Microsoft.Extensions.Configuration;
using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Errors;

namespace SakipAnalytics.Cli.Settings;

/// <summary>Reads <see cref="SakipSettings"/> from <c>sakip.json</c> and <c>SAKIP_</c> environment variables.</summary>
public static class SettingsLoader
{
    public const string FileName = "sakip.json";

    public static SakipSettings Load(string folder)
    {
        try
        {
            var configuration = new ConfigurationBuilder()
                .SetBasePath(Path.GetFullPath(folder))
                .AddJsonFile(FileName, optional: true)
                .AddEnvironmentVariables("SAKIP_")
                .Build();
            return Bind(configuration);
        }
        catch (InvalidDataException)
        {
            throw new SettingsException($"{FileName} tidak dapat dibaca sebagai JSON; periksa tanda kutip, koma dan kurungnya.");
        }
        catch (Exception ex) when (ex is FormatException or InvalidOperationException)
        {
            throw new SettingsException(SettingsMessages.Explain(ex.Message));
        }
    }

    /// <summary>Checks the settings before any work starts, so a bad value never stops a run half-way.</summary>
    public static SakipSettings Validate(SakipSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);

        if (settings.Cap?.Trim().ToLowerInvariant() is not ("none" or "tanpa" or "" or "100" or "120"))
            throw new SettingsException($"Cap '{settings.Cap}' tidak dikenal; gunakan none, 100 atau 120.");

        if (settings.Bands.Length != 4 || !settings.Bands.SequenceEqual(settings.Bands.OrderDescending()))
            throw new SettingsException("Bands harus empat batas bawah yang menurun, misalnya [91, 76, 66, 51].");

        if (settings.Efficiency is null || EfficiencyReadings.Parse(settings.Efficiency) is null)
            throw new SettingsException(
                $"Efficiency '{settings.Efficiency}' tidak dikenal; gunakan {string.Join(", ", EfficiencyReadings.Keys)}.");

        if (settings.WarningCapaian is < 0m or > 200m || settings.WarningAbsorption is < 0m or > 100m)
            throw new SettingsException("WarningCapaian harus 0-200 dan WarningAbsorption 0-100.");

        if (settings.DeadlineDay is < 1 or > 28)
            throw new SettingsException($"DeadlineDay {settings.DeadlineDay} tidak sah; gunakan tanggal 1 sampai 28.");

        try
        {
            settings.Rubric();
        }
        catch (RubricException ex)
        {
            throw new SettingsException($"LkeRubric: {ex.Message}");
        }

        settings.Schedule.Zone();
        return settings;
    }

    // The binder appends a list to the default it starts from and skips items it cannot convert, so
    // Bands is read from its own section: exactly the numbers written there, or an error.
    private static SakipSettings Bind(IConfiguration configuration)
    {
        var bands = Bands(configuration.GetSection(nameof(SakipSettings.Bands)));
        var settings = configuration.Get<SakipSettings>(o => o.ErrorOnUnknownConfiguration = true) ?? new SakipSettings();
        return settings with { Bands = bands ?? new SakipSettings().Bands };
    }

    private static decimal[]? Bands(IConfigurationSection section)
    {
        if (!section.Exists())
            return null;

        var items = section.GetChildren().Select(c => c.Value).ToList();
        if (items.Count == 0)
            throw new SettingsException("Bands harus daftar empat angka, misalnya [91, 76, 66, 51].");

        return [.. items.Select(BandValue)];
    }

    private static decimal BandValue(string? item) =>
        decimal.TryParse(item, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new SettingsException($"Bands berisi '{item}', bukan angka; gunakan misalnya [91, 76, 66, 51].");
}
