using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Capaian;

namespace SakipAnalytics.Reports.Tests.Lkjip;

/// <summary>A short numeric IKU series, 2021 to 2024, for the chart tests.</summary>
internal static class SampleSeries
{
    public static IndicatorSeries Iku01() => new("IKU.01", "Persentase PPKS", "%", Polarity.Positive,
        Target.Number(15m), 2020, Target.Number(25m),
        [Point(2021, 16m, 16.4m), Point(2022, 17m, 17.2m), Point(2023, 18m, 18.5m), Point(2024, 19.29m, 22m)]);

    private static YearPoint Point(int year, decimal target, decimal realisasi) =>
        new(year, Target.Number(target), Realisasi.Number(realisasi));
}
