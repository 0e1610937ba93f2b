using SakipAnalytics.DataGenerator.Randomness;

namespace SakipAnalytics.DataGenerator.Anggaran;

/// <summary>The share of pagu spent by the end of each month of a year.</summary>
public static class SpendingCurve
{
    // Activities: procurement waits for the first quarter to pass, then the year-end rush.
    private static readonly decimal[] Activity = [0.02m, 0.055m, 0.10m, 0.16m, 0.23m, 0.31m, 0.39m, 0.47m, 0.56m, 0.66m, 0.77m, 1.00m];

    private static readonly Dictionary<int, decimal> YearEnd = new()
    {
        [2021] = 0.905m,
        [2022] = 0.910m,
        [2023] = 0.915m,
        [2024] = 0.935m,
        [2025] = 0.945m,
        [2026] = 0.950m,
    };

    public static decimal[] For(SubKegiatanAnggaran sub, int year, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(sub);
        ArgumentNullException.ThrowIfNull(random);

        var end = Math.Min(0.995m, YearEnd[year] + random.Noise(0.04m));
        return sub.Pola == PolaBelanja.Gaji ? Salaries(end) : Activities(end, random);
    }

    private static decimal[] Salaries(decimal end)
    {
        // Twelve salaries, THR paid with April's and the 13th salary with June's: fourteen payments.
        return [.. Enumerable.Range(1, 12).Select(m => end * (m + (m >= 4 ? 1 : 0) + (m >= 6 ? 1 : 0)) / 14m)];
    }

    private static decimal[] Activities(decimal end, SeededRandom random)
    {
        var shares = new decimal[12];
        for (var m = 0; m < 12; m++)
        {
            var planned = m == 11 ? end : end * Activity[m] * (1 + random.Noise(0.12m));
            shares[m] = Math.Min(end, Math.Max(planned, m == 0 ? 0.005m : shares[m - 1] + 0.004m));
        }

        return shares;
    }
}
