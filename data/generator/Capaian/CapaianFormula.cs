using SakipAnalytics.DataGenerator.Numbers;
using SakipAnalytics.DataGenerator.Office;

namespace SakipAnalytics.DataGenerator.Capaian;

/// <summary>The office's capaian rule: R/T x 100, or (2T - R)/T x 100 when lower is better.</summary>
public static class CapaianFormula
{
    private static readonly string[] PredikatScale = ["D", "C", "CC", "B", "BB", "A", "AA"];

    // Multiplying before dividing keeps a terminating result exact, so ties are seen as ties.
    public static decimal Exact(Polaritas polaritas, decimal target, decimal realisasi) =>
        polaritas == Polaritas.Positif
            ? realisasi * 100m / target
            : ((2 * target) - realisasi) * 100m / target;

    public static decimal Rounded(Polaritas polaritas, decimal target, decimal realisasi) =>
        Rounding.HalfUp(Exact(polaritas, target, realisasi), 2);

    /// <summary>Meeting or beating a predikat target is 100; the data set never falls short of one.</summary>
    public static decimal Predikat(string target, string realisasi)
    {
        var reached = Array.IndexOf(PredikatScale, realisasi) >= Array.IndexOf(PredikatScale, target);
        return reached ? 100m : throw new InvalidOperationException($"Predikat {realisasi} below target {target}.");
    }
}
