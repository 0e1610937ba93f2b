namespace SakipAnalytics.DataGenerator.Targets;

/// <summary>
/// The Renstra 2021-2026: the 2020 baseline and a target per year for each indicator. Figures are
/// invented except IKU.01's 2023 target of 19,29, which the office published.
/// </summary>
public static class RenstraPlan
{
    public const int FirstYear = 2021;
    public const int LastYear = 2026;

    private static readonly Dictionary<string, string[]> Rows = new(StringComparer.Ordinal)
    {
        // Kondisi awal 2020, then targets 2021 ... 2026.
        ["IKU.01"] = ["14.85", "17.50", "18.40", "19.29", "19.90", "20.50", "21.10"],
        ["IKU.02"] = ["13.60", "14.80", "15.60", "16.50", "17.30", "18.00", "18.75"],
        ["IKU.03"] = ["90.50", "95", "97", "100", "100", "100", "100"],
        ["IKU.04"] = ["CC", "B", "B", "B", "BB", "BB", "A"],
        ["SEK.01"] = ["80", "90", "95", "100", "100", "100", "100"],
        ["SEK.02"] = ["91.30", "93", "94", "95", "95", "95", "95"],
        ["REH.01"] = ["95", "100", "100", "100", "100", "100", "100"],
        ["REH.02"] = ["8.40", "7.60", "7.20", "6.80", "6.40", "6.00", "5.60"],
        ["LJS.01"] = ["45", "52", "58", "63", "68", "72", "76"],
        ["LJS.02"] = ["240", "280", "280", "300", "300", "300", "320"],
        ["PB.01"] = ["88", "95", "100", "100", "100", "100", "100"],
        ["PB.02"] = ["1080", "1150", "1180", "1200", "1220", "1240", "1260"],
        ["DAY.01"] = ["880", "900", "930", "960", "1020", "1080", "1150"],
        ["DAY.02"] = ["55", "58", "60", "63", "65", "67", "70"],
        ["PSTW.01"] = ["100", "105", "105", "110", "110", "110", "110"],
        ["PSTW.02"] = ["90", "95", "95", "100", "100", "100", "100"],
        ["PSBL.01"] = ["140", "145", "150", "150", "150", "150", "150"],
        ["PSBL.02"] = ["12", "14", "16", "18", "20", "22", "24"],
        ["PSAA.01"] = ["75", "80", "80", "80", "80", "80", "80"],
        ["PSAA.02"] = ["88", "92", "94", "95", "95", "96", "96"],
        ["PRSPD.01"] = ["100", "110", "110", "115", "120", "120", "125"],
        ["PRSPD.02"] = ["45", "48", "50", "52", "55", "57", "60"],
        ["PSBR.01"] = ["180", "190", "200", "200", "210", "210", "220"],
        ["PSBR.02"] = ["18", "15", "14", "13", "12", "11.50", "11"],
    };

    public static TargetValue Baseline(string kode) => TargetValue.Parse(Rows[kode][0]);

    public static TargetValue Target(string kode, int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, FirstYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, LastYear);

        return TargetValue.Parse(Rows[kode][year - FirstYear + 1]);
    }

    /// <summary>The end-of-period condition the Renstra aims at: the last year's target.</summary>
    public static TargetValue KondisiAkhir(string kode) => Target(kode, LastYear);
}
