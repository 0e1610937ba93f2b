namespace SakipAnalytics.Model.Capaian.Periods;

/// <summary>A projected year-end realisasi and the method that produced it.</summary>
public sealed record Projection(string Method, Realisasi? Realisasi)
{
    public const string LinearTrend = "tren linear";
    public const string FirstMonthPace = "laju bulan pertama";
    public const string LatestValue = "nilai terakhir";
    public const string RunningMean = "rata-rata berjalan";
}
