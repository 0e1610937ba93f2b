using SakipAnalytics.DataGenerator.Scale;

namespace SakipAnalytics.DataGenerator.Periods;

/// <summary>
/// The months the data set covers. The bundled set has December of 2023 and 2024, every month of
/// 2025, and January to October 2026 (the month before the set was cut); the benchmark's six-year
/// sets have every month from January 2021 to October 2026.
/// </summary>
public static class CoveredPeriods
{
    public const int LastYear = 2026;
    public const int LastMonth = 10;

    private const int SixYearsFrom = 2021;

    private static readonly IReadOnlyList<Periode> BundledMonths =
    [
        new(2023, 12),
        new(2024, 12),
        .. Enumerable.Range(1, 12).Select(m => new Periode(2025, m)),
        .. Enumerable.Range(1, LastMonth).Select(m => new Periode(LastYear, m)),
    ];

    private static readonly IReadOnlyList<Periode> SixYearMonths =
    [
        .. Enumerable.Range(SixYearsFrom, LastYear - SixYearsFrom)
            .SelectMany(y => Enumerable.Range(1, 12).Select(m => new Periode(y, m))),
        .. Enumerable.Range(1, LastMonth).Select(m => new Periode(LastYear, m)),
    ];

    private static readonly IReadOnlyList<int> SixYearsSimulated = [.. Enumerable.Range(SixYearsFrom, LastYear - SixYearsFrom + 1)];

    public static IReadOnlyList<Periode> Monthly => DataSetScope.Current.SixYears ? SixYearMonths : BundledMonths;

    /// <summary>Years whose Dinas-level IKU file exists (the year is closed).</summary>
    public static IReadOnlyList<int> DinasIkuYears { get; } = [2021, 2022, 2023, 2024, 2025];

    /// <summary>Years whose full monthly series is simulated (earlier ones only as yearly figures).</summary>
    public static IReadOnlyList<int> SimulatedYears => DataSetScope.Current.SixYears ? SixYearsSimulated : [2023, 2024, 2025, 2026];

    public static IReadOnlyList<int> LkeYears { get; } = [2024, 2025];
}
