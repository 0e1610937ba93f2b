namespace SakipAnalytics.DataGenerator.Capaian;

/// <summary>
/// How well an indicator does in a year: its capaian ratio in January and in December, with
/// noise around the line between. These are the story of the data set: most indicators near
/// target, a few above, reunification and DTKS verification weak, disaster response worsening
/// through 2026.
/// </summary>
public sealed record PerformanceProfile(decimal Start, decimal End, decimal Noise)
{
    private const decimal DefaultNoise = 0.012m;

    private const int FirstYear = 2023;

    // Per indicator, (start, end) for 2023, 2024, 2025 and 2026; earlier years repeat 2023.
    private static readonly Dictionary<string, (decimal, decimal)[]> Ratios = new(StringComparer.Ordinal)
    {
        ["SEK.01"] = [(0.90m, 0.94m), (0.92m, 0.96m), (0.95m, 0.98m), (0.96m, 0.99m)],
        ["REH.01"] = [(0.97m, 0.99m), (0.98m, 0.99m), (0.97m, 0.99m), (0.96m, 0.98m)],
        ["REH.02"] = [(0.88m, 0.92m), (0.90m, 0.94m), (0.93m, 0.97m), (1.02m, 1.06m)],
        ["LJS.01"] = [(0.62m, 0.96m), (0.63m, 0.97m), (0.60m, 0.99m), (0.64m, 0.93m)],
        ["LJS.02"] = [(0.70m, 0.95m), (0.75m, 0.98m), (0.60m, 0.94m), (0.70m, 0.90m)],
        ["PB.01"] = [(0.96m, 0.98m), (0.97m, 0.99m), (0.95m, 0.97m), (0.95m, 0.55m)],
        ["PB.02"] = [(0.97m, 0.98m), (0.98m, 0.99m), (0.96m, 0.97m), (0.96m, 0.78m)],
        ["DAY.01"] = [(0.95m, 1.04m), (1.00m, 1.06m), (1.02m, 1.08m), (1.00m, 1.05m)],
        ["DAY.02"] = [(0.94m, 0.97m), (0.95m, 0.98m), (0.95m, 0.99m), (0.96m, 0.99m)],
        ["PSTW.01"] = [(0.98m, 1.00m), (1.00m, 1.02m), (0.99m, 1.01m), (1.00m, 1.02m)],
        ["PSTW.02"] = [(0.95m, 0.98m), (0.96m, 0.98m), (0.96m, 0.99m), (0.95m, 0.97m)],
        ["PSBL.01"] = [(0.96m, 0.98m), (0.97m, 0.99m), (0.96m, 1.00m), (0.97m, 0.99m)],
        ["PSBL.02"] = [(0.60m, 0.78m), (0.58m, 0.74m), (0.55m, 0.80m), (0.62m, 0.76m)],
        ["PSAA.01"] = [(0.98m, 1.02m), (1.00m, 1.04m), (0.99m, 1.03m), (1.00m, 1.05m)],
        ["PSAA.02"] = [(0.97m, 1.00m), (0.98m, 1.01m), (0.99m, 1.02m), (0.99m, 1.02m)],
        ["PRSPD.01"] = [(0.80m, 0.92m), (0.82m, 0.95m), (0.78m, 0.93m), (0.55m, 0.82m)],
        ["PRSPD.02"] = [(0.90m, 0.94m), (0.92m, 0.96m), (0.96m, 1.02m), (0.94m, 0.99m)],
        ["PSBR.01"] = [(1.00m, 1.06m), (1.04m, 1.10m), (1.05m, 1.12m), (1.03m, 1.08m)],
        ["PSBR.02"] = [(0.82m, 0.86m), (0.86m, 0.90m), (0.76m, 0.80m), (1.02m, 1.06m)],
    };

    public static PerformanceProfile For(string kode, int year)
    {
        var (start, end) = Ratios[kode][Math.Max(year, FirstYear) - FirstYear];
        return new PerformanceProfile(start, end, DefaultNoise);
    }

    /// <summary>The ratio aimed at in a month, before noise.</summary>
    public decimal At(int month) => Start + ((End - Start) * (month - 1) / 11m);
}
