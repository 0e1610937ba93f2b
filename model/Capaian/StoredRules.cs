namespace SakipAnalytics.Model.Capaian;

/// <summary>Reads an indicator's polarity and monthly aggregation as the reference stores them.</summary>
public static class StoredRules
{
    public static Polarity Polarity(string text) =>
        text == "negatif" ? Capaian.Polarity.Negative : Capaian.Polarity.Positive;

    public static MonthlyAggregation Aggregation(string text) => text switch
    {
        "kumulatif" => MonthlyAggregation.Cumulative,
        "rata-rata" => MonthlyAggregation.Average,
        "tahunan" => MonthlyAggregation.Annual,
        _ => MonthlyAggregation.Latest,
    };
}
