namespace SakipAnalytics.DataGenerator.Targets;

/// <summary>
/// Comparators the planners collect. Invented, except Sulawesi Barat's 22,41 for IKU.02, which
/// that office published in its third-quarter 2023 release.
/// </summary>
public static class Pembanding
{
    private const string Rpjmd = "Target RPJMD";
    private const string Spm = "Standar Pelayanan Minimal";
    private const string Peer = "Instansi sejenis";
    private const string RpjmdName = "RPJMD Provinsi Kalimantan Selatan 2021-2026";
    private const string SpmName = "SPM Bidang Sosial (Permensos 9/2018)";

    public static IReadOnlyList<PembandingRow> Rows { get; } =
    [
        new("IKU.01", 2023, Rpjmd, RpjmdName, 19.00m, "Perda RPJMD 2021-2026"),
        new("IKU.01", 2024, Rpjmd, RpjmdName, 19.50m, "Perda RPJMD 2021-2026"),
        new("IKU.01", 2025, Rpjmd, RpjmdName, 20.00m, "Perda RPJMD 2021-2026"),
        new("IKU.01", 2026, Rpjmd, RpjmdName, 20.50m, "Perda RPJMD 2021-2026"),
        new("IKU.02", 2024, Rpjmd, RpjmdName, 17.00m, "Perda RPJMD 2021-2026"),
        new("IKU.02", 2025, Rpjmd, RpjmdName, 17.75m, "Perda RPJMD 2021-2026"),
        new("IKU.02", 2023, Peer, "Dinas Sosial Provinsi Sulawesi Barat", 22.41m, "Rilis capaian Triwulan III 2023"),
        new("IKU.02", 2024, Peer, "Dinas Sosial Provinsi Kalimantan Tengah", 16.85m, "LKjIP 2024"),
        new("IKU.02", 2024, Peer, "Dinas Sosial Provinsi Kalimantan Timur", 19.32m, "LKjIP 2024"),
        new("IKU.02", 2025, Peer, "Dinas Sosial Provinsi Kalimantan Tengah", 17.40m, "LKjIP 2025"),
        new("IKU.03", 2024, Spm, SpmName, 100m, "Permensos 9/2018"),
        new("IKU.03", 2025, Spm, SpmName, 100m, "Permensos 9/2018"),
        new("IKU.03", 2025, Peer, "Dinas Sosial Provinsi Kalimantan Barat", 96.80m, "LKjIP 2025"),
        new("REH.01", 2024, Spm, SpmName, 100m, "Permensos 9/2018"),
        new("REH.01", 2025, Spm, SpmName, 100m, "Permensos 9/2018"),
        new("PB.01", 2025, Spm, SpmName, 100m, "Permensos 9/2018"),
    ];
}
