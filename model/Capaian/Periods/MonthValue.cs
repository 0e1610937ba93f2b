namespace SakipAnalytics.Model.Capaian.Periods;

/// <summary>A month's realisasi to date, as the series a projection is drawn from.</summary>
public sealed record MonthValue(int Month, Realisasi? Realisasi);
