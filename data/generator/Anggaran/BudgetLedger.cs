using System.Globalization;
using SakipAnalytics.DataGenerator.Numbers;
using SakipAnalytics.DataGenerator.Periods;
using SakipAnalytics.DataGenerator.Randomness;

namespace SakipAnalytics.DataGenerator.Anggaran;

/// <summary>
/// What each account of each sub kegiatan has spent by the end of every month of the simulated
/// years, in whole rupiah. The LRA, the e-Monev and the budget-absorption indicator all read it.
/// </summary>
public sealed class BudgetLedger
{
    private readonly Dictionary<(int Year, string Sub, string Akun), decimal[]> _toDate = [];

    public BudgetLedger(PaguPlan pagu)
    {
        ArgumentNullException.ThrowIfNull(pagu);

        Pagu = pagu;
        foreach (var year in CoveredPeriods.SimulatedYears)
        {
            foreach (var sub in Dpa.AllSubKegiatan)
                Spend(year, sub);
        }
    }

    public PaguPlan Pagu { get; }

    /// <summary>Spent by the end of the month; month 0 is the start of the year.</summary>
    public decimal Akun(int year, int month, string subKegiatan, string akun) =>
        month == 0 ? 0 : _toDate[(year, subKegiatan, akun)][month - 1];

    public decimal SubKegiatan(int year, int month, SubKegiatanAnggaran sub)
    {
        ArgumentNullException.ThrowIfNull(sub);
        return sub.Akun.Sum(a => Akun(year, month, sub.Kode, a.Akun.Kode));
    }

    public decimal Total(int year, int month) => Dpa.AllSubKegiatan.Sum(s => SubKegiatan(year, month, s));

    /// <summary>Budget absorbed to date in percent of the year's pagu, to two decimals.</summary>
    public decimal Absorption(int year, int month) => Rounding.HalfUp(Total(year, month) / Pagu.Total(year) * 100m, 2);

    private void Spend(int year, SubKegiatanAnggaran sub)
    {
        var key = $"belanja|{sub.Kode}|{year.ToString(CultureInfo.InvariantCulture)}";
        var random = new SeededRandom(key);
        var curve = SpendingCurve.For(sub, year, random);
        foreach (var pos in sub.Akun)
        {
            var pagu = Pagu.Akun(year, sub.Kode, pos.Akun.Kode);
            _toDate[(year, sub.Kode, pos.Akun.Kode)] = AccountSeries(curve, pagu, sub.Pola, random);
        }
    }

    private static decimal[] AccountSeries(decimal[] curve, decimal pagu, PolaBelanja pola, SeededRandom random)
    {
        var spread = pola == PolaBelanja.Gaji ? 0.004m : 0.05m;
        var series = new decimal[12];
        for (var m = 0; m < 12; m++)
        {
            var spent = Rounding.HalfUp(pagu * curve[m] * (1 + random.Noise(spread)), 0);
            series[m] = Math.Min(pagu, Math.Max(spent, m == 0 ? 0 : series[m - 1]));
        }

        return series;
    }
}
