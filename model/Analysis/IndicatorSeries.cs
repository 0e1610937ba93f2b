using SakipAnalytics.Model.Capaian;

namespace SakipAnalytics.Model.Analysis;

/// <summary>An indicator's years from the Renstra baseline to the report year.</summary>
public sealed record IndicatorSeries(
    string Code,
    string Name,
    string Satuan,
    Polarity Polarity,
    Target? Baseline,
    int BaselineYear,
    Target? EndTarget,
    IReadOnlyList<YearPoint> Points);
