using SakipAnalytics.DataGenerator.Targets;

namespace SakipAnalytics.DataGenerator.Capaian;

/// <summary>
/// The Dinas-level IKU realisasi of each closed year. IKU.01's 16,87 (2021) and 22 (2023) are the
/// office's published figures; the rest are invented.
/// </summary>
public static class DinasIkuFigures
{
    private static readonly Dictionary<string, string[]> Realisasi = new(StringComparer.Ordinal)
    {
        // 2021, 2022, 2023, 2024, 2025
        ["IKU.01"] = ["16.87", "18.02", "22", "20.36", "20.12"],
        ["IKU.02"] = ["15.02", "15.41", "17.35", "17.56", "17.74"],
        ["IKU.03"] = ["93.40", "96.80", "98.70", "99.20", "97.45"],
        ["IKU.04"] = ["B", "BB", "BB", "BB", "BB"],
    };

    public static IReadOnlyList<string> Kode => [.. Realisasi.Keys];

    public static TargetValue For(string kode, int year) => TargetValue.Parse(Realisasi[kode][year - 2021]);
}
