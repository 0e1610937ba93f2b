namespace SakipAnalytics.Model.Capaian.Periods;

/// <summary>One month of an indicator's series, with the year's target in force that month.</summary>
internal sealed record ProjectionMonth
{
    public required string IndicatorCode { get; init; }
    public required string UnitCode { get; init; }
    public required int Year { get; init; }
    public required int Month { get; init; }
    public required Polarity Polarity { get; init; }
    public required MonthlyAggregation Aggregation { get; init; }
    public Target? AnnualTarget { get; init; }
    public Realisasi? Realisasi { get; init; }

    public bool SameSeries(ProjectionMonth other) =>
        IndicatorCode == other.IndicatorCode && UnitCode == other.UnitCode && Year == other.Year;
}
