using SakipAnalytics.Model.Capaian;

namespace SakipAnalytics.Ingest.Referensi;

/// <summary>The words the reference workbook uses for polarity and monthly aggregation.</summary>
public static class ReferenceTerms
{
    public const string PolarityExpected = "positif atau negatif";
    public const string AggregationExpected = "kumulatif, terakhir, rata-rata atau tahunan";

    public static Polarity? Polarity(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "positif" => Model.Capaian.Polarity.Positive,
        "negatif" => Model.Capaian.Polarity.Negative,
        _ => null,
    };

    public static MonthlyAggregation? Aggregation(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "kumulatif" => MonthlyAggregation.Cumulative,
        "terakhir" => MonthlyAggregation.Latest,
        "rata-rata" or "rata rata" or "ratarata" => MonthlyAggregation.Average,
        "tahunan" => MonthlyAggregation.Annual,
        _ => null,
    };
}
