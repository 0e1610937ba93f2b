using System.Globalization;

namespace SakipAnalytics.DataGenerator.Periods;

/// <summary>A reporting month.</summary>
public readonly record struct Periode(int Tahun, int Bulan)
{
    public string NamaBulan => Periods.NamaBulan.Of(Bulan);

    public int LastDay => DateTime.DaysInMonth(Tahun, Bulan);

    public Periode Next => Bulan == 12 ? new(Tahun + 1, 1) : new(Tahun, Bulan + 1);

    /// <summary><c>Maret 2026</c>.</summary>
    public string Label => $"{NamaBulan} {Tahun.ToString(CultureInfo.InvariantCulture)}";

    /// <summary><c>03</c>.</summary>
    public string TwoDigitMonth => Bulan.ToString("00", CultureInfo.InvariantCulture);

    public string Year => Tahun.ToString(CultureInfo.InvariantCulture);

    /// <summary>A date in the following month, as a signature line writes it: <c>5 April 2026</c>.</summary>
    public string DayOfNextMonth(int day) =>
        $"{day.ToString(CultureInfo.InvariantCulture)} {Next.NamaBulan} {Next.Year}";
}
