using SakipAnalytics.Cli.Settings;

namespace SakipAnalytics.Cli.Benchmarking;

/// <summary>
/// The offices in a benchmark's data folder: the folder itself when it holds one office's inputs
/// (a <c>referensi</c> folder beside the others), or each sub-folder that does, in name order.
/// </summary>
internal static class OfficeFolders
{
    private const string Referensi = "referensi";

    public static IReadOnlyList<string> In(string dataFolder)
    {
        if (HoldsOffice(dataFolder))
            return [dataFolder];

        var offices = Directory.EnumerateDirectories(dataFolder).Where(HoldsOffice).Order(StringComparer.Ordinal).ToList();
        if (offices.Count == 0)
            throw new SettingsException(
                $"Folder {Path.GetFullPath(dataFolder)} tidak memuat data satu kantor (folder referensi) "
                + "ataupun sub-folder per kantor.");

        return offices;
    }

    private static bool HoldsOffice(string folder) => Directory.Exists(Path.Combine(folder, Referensi));
}
