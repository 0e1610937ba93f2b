using System.Globalization;
using SakipAnalytics.DataGenerator.Anggaran;
using SakipAnalytics.DataGenerator.Numbers;
using SakipAnalytics.DataGenerator.Periods;
using SakipAnalytics.DataGenerator.Randomness;

namespace SakipAnalytics.DataGenerator.Emonev;

/// <summary>Planned and achieved physical progress (%) of each sub kegiatan, month by month.</summary>
public sealed class PhysicalProgress
{
    private static readonly decimal[] Plan = [5, 11, 18, 26, 34, 43, 52, 61, 70, 80, 90, 100];

    private readonly Dictionary<(string Sub, int Year), (decimal[] Target, decimal[] Achieved)> _progress = [];

    public PhysicalProgress()
    {
        foreach (var year in CoveredPeriods.SimulatedYears)
        {
            foreach (var sub in Dpa.AllSubKegiatan)
                _progress[(sub.Kode, year)] = Simulate(sub, year);
        }
    }

    public decimal Target(string sub, Periode periode) => _progress[(sub, periode.Tahun)].Target[periode.Bulan - 1];

    public decimal Achieved(string sub, Periode periode) => _progress[(sub, periode.Tahun)].Achieved[periode.Bulan - 1];

    private static (decimal[], decimal[]) Simulate(SubKegiatanAnggaran sub, int year)
    {
        var random = new SeededRandom($"fisik|{sub.Kode}|{year.ToString(CultureInfo.InvariantCulture)}");
        var target = new decimal[12];
        var achieved = new decimal[12];
        for (var m = 0; m < 12; m++)
        {
            target[m] = m == 11 ? 100m : Rounding.HalfUp(Plan[m] * (1 + random.Noise(0.06m)), 2);
            var done = m == 11 ? random.Between(93m, 100m) : target[m] + random.Between(-6m, 4m);
            achieved[m] = Rounding.HalfUp(Math.Clamp(done, m == 0 ? 0m : achieved[m - 1], 100m), 2);
        }

        return (target, achieved);
    }
}
