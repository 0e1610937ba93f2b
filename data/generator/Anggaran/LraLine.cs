using SakipAnalytics.DataGenerator.Numbers;

namespace SakipAnalytics.DataGenerator.Anggaran;

/// <summary>One row of the LRA: a program, kegiatan, sub kegiatan or account.</summary>
public sealed record LraLine(string Kode, string Uraian, decimal Anggaran, decimal SdBulanLalu, decimal BulanIni)
{
    public decimal SdBulanIni => SdBulanLalu + BulanIni;

    public decimal Sisa => Anggaran - SdBulanIni;

    public decimal Persen => Rounding.HalfUp(SdBulanIni / Anggaran * 100m, 2);

    public static LraLine Sum(string kode, string uraian, IReadOnlyCollection<LraLine> children)
    {
        ArgumentNullException.ThrowIfNull(children);
        return new(kode, uraian, children.Sum(c => c.Anggaran), children.Sum(c => c.SdBulanLalu), children.Sum(c => c.BulanIni));
    }
}
