namespace SakipAnalytics.DataGenerator.Periods;

/// <summary>
/// The months the data set covers: December of 2023 and 2024, every month of 2025, and
/// January to October 2026 (the month before the set was cut).
/// </summary>
public static class CoveredPeriods
{
    public const int LastYear = 2026;
    public const int LastMonth = 10;

    public static IReadOnlyList<Periode> Monthly { get; } =
    [
        new(2023, 12),
        new(2024, 12),
        .. Enumerable.Range(1, 12).Select(m => new Periode(2025, m)),
        .. Enumerable.Range(1, LastMonth).Select(m => new Periode(LastYear, m)),
    ];

    /// <summary>Years whose Dinas-level IKU file exists (the year is closed).</summary>
    public static IReadOnlyList<int> DinasIkuYears { get; } = [2021, 2022, 2023, 2024, 2025];

    /// <summary>Years whose full monthly series is simulated (earlier ones only as yearly figures).</summary>
    public static IReadOnlyList<int> SimulatedYears { get; } = [2023, 2024, 2025, 2026];

    public static IReadOnlyList<int> LkeYears { get; } = [2024, 2025];
}
