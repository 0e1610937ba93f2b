using System.Globalization;
using SakipAnalytics.DataGenerator.Numbers;
using SakipAnalytics.DataGenerator.Randomness;

namespace SakipAnalytics.DataGenerator.Anggaran;

/// <summary>
/// Pagu per account, sub kegiatan, kegiatan and program for 2021-2026. Each year scales the 2025
/// DPA with a little variation; pagu does not change within a year.
/// </summary>
public sealed class PaguPlan
{
    private static readonly Dictionary<int, decimal> YearFactor = new()
    {
        [2021] = 0.82m,
        [2022] = 0.87m,
        [2023] = 0.92m,
        [2024] = 0.96m,
        [2025] = 1.00m,
        [2026] = 1.03m,
    };

    private readonly Dictionary<(int Year, string Sub, string Akun), decimal> _akun = [];

    public PaguPlan()
    {
        foreach (var year in YearFactor.Keys)
        {
            foreach (var sub in Dpa.AllSubKegiatan)
                Split(year, sub);
        }
    }

    public decimal Akun(int year, string subKegiatan, string akun) => _akun[(year, subKegiatan, akun)];

    public decimal SubKegiatan(int year, string kode) =>
        _akun.Where(a => a.Key.Year == year && a.Key.Sub == kode).Sum(a => a.Value);

    public decimal Kegiatan(int year, KegiatanAnggaran kegiatan)
    {
        ArgumentNullException.ThrowIfNull(kegiatan);
        return kegiatan.SubKegiatan.Sum(s => SubKegiatan(year, s.Kode));
    }

    public decimal Program(int year, string kode) =>
        Dpa.Programs.Single(p => p.Kode == kode).Kegiatan.Sum(k => Kegiatan(year, k));

    public decimal Total(int year) => Dpa.Programs.Sum(p => Program(year, p.Kode));

    private void Split(int year, SubKegiatanAnggaran sub)
    {
        var random = new SeededRandom($"pagu|{sub.Kode}|{year.ToString(CultureInfo.InvariantCulture)}");
        var total = Rounding.HalfUp(sub.Pagu2025 * YearFactor[year] * (1 + random.Noise(0.04m)) / 5_000_000m, 0) * 5_000_000m;
        var shares = sub.Akun.Select(a => a.Bagian * (1 + random.Noise(0.08m))).ToList();
        var allocated = 0m;
        for (var i = 0; i < sub.Akun.Count; i++)
        {
            var last = i == sub.Akun.Count - 1;
            var pagu = last ? total - allocated : Rounding.HalfUp(total * shares[i] / shares.Sum() / 1000m, 0) * 1000m;
            _akun[(year, sub.Kode, sub.Akun[i].Akun.Kode)] = pagu;
            allocated += pagu;
        }
    }
}
