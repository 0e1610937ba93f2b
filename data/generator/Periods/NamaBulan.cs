namespace SakipAnalytics.DataGenerator.Periods;

/// <summary>Indonesian month names, January first.</summary>
public static class NamaBulan
{
    private static readonly string[] Names =
    [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni",
        "Juli", "Agustus", "September", "Oktober", "November", "Desember",
    ];

    public static string Of(int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);

        return Names[month - 1];
    }
}
