using SakipAnalytics.Model.Capaian;

namespace SakipAnalytics.Ingest.Referensi;

/// <summary>What ingest needs to know of an indicator to check a report line.</summary>
public sealed record IndicatorInfo(string Code, string UnitCode, Polarity Polarity, MonthlyAggregation Aggregation, string Satuan);
