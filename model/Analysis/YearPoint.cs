using SakipAnalytics.Model.Capaian;

namespace SakipAnalytics.Model.Analysis;

/// <summary>An indicator's target and realisasi for one year of a multi-year series.</summary>
public sealed record YearPoint(int Year, Target? Target, Realisasi? Realisasi);
