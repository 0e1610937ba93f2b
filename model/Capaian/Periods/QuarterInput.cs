namespace SakipAnalytics.Model.Capaian.Periods;

/// <summary>A completed quarter of one indicator and unit: its end, the previous quarter's end and its months.</summary>
public sealed record QuarterInput
{
    public required string IndicatorCode { get; init; }
    public required string UnitCode { get; init; }
    public required int Year { get; init; }
    public required int Quarter { get; init; }
    public required Polarity Polarity { get; init; }
    public required MonthlyAggregation Aggregation { get; init; }
    public required int MonthsReported { get; init; }

    /// <summary>The target to date at the quarter's last month.</summary>
    public Target? EndTarget { get; init; }

    /// <summary>The realisasi to date at the quarter's last month.</summary>
    public Realisasi? EndRealisasi { get; init; }

    /// <summary>Whether the previous quarter's last month was reported (always true in the first quarter).</summary>
    public bool HasPreviousEnd { get; init; }

    public Target? PreviousEndTarget { get; init; }

    public decimal? PreviousEndValue { get; init; }

    /// <summary>The mean of the months' own values (for <c>rata-rata</c> indicators).</summary>
    public decimal? MeanOfMonths { get; init; }
}
