using System.Text.RegularExpressions;

namespace SakipAnalytics.Cli.Settings;

/// <summary>Says in Indonesian what the configuration binder found wrong with a setting.</summary>
internal static partial class SettingsMessages
{
    public static string Explain(string binderMessage)
    {
        var conversion = Conversion().Match(binderMessage);
        if (conversion.Success)
            return $"Nilai '{conversion.Groups["value"].Value}' untuk {Key(conversion.Groups["key"].Value)} tidak sah; "
                + "tulis angka dengan titik desimal (misalnya 85.5) atau teks sesuai README.";

        var unknown = Unknown().Match(binderMessage);
        if (unknown.Success)
            return $"Pengaturan {unknown.Groups["keys"].Value} tidak dikenal di {SettingsLoader.FileName} atau variabel SAKIP_; "
                + "lihat daftar pengaturan di README.";

        return $"Pengaturan di {SettingsLoader.FileName} atau variabel SAKIP_ tidak dapat dibaca: {binderMessage}";
    }

    private static string Key(string path) => path.Replace(':', '.');

    [GeneratedRegex(@"Failed to convert configuration value '(?<value>.*?)' at '(?<key>.*?)'", RegexOptions.CultureInvariant)]
    private static partial Regex Conversion();

    [GeneratedRegex(@"properties were not found on the instance of .*?: (?<keys>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Unknown();
}
