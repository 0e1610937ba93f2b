using SakipAnalytics.DataGenerator.Anggaran;
using SakipAnalytics.DataGenerator.Numbers;

namespace SakipAnalytics.DataGenerator.Emonev;

/// <summary>The RAK: planned spending to date, in thousands of rupiah as the plan is drawn up.</summary>
public static class CashPlan
{
    private static readonly decimal[] Activity = [0.04m, 0.09m, 0.15m, 0.22m, 0.30m, 0.38m, 0.47m, 0.56m, 0.65m, 0.75m, 0.86m, 1.00m];

    public static decimal ToDate(SubKegiatanAnggaran sub, decimal pagu, int month)
    {
        ArgumentNullException.ThrowIfNull(sub);

        var share = sub.Pola == PolaBelanja.Gaji
            ? (month + (month >= 4 ? 1 : 0) + (month >= 6 ? 1 : 0)) / 14m
            : Activity[month - 1];
        return Rounding.HalfUp(pagu * share / 1000m, 0) * 1000m;
    }
}
