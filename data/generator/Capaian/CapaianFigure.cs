namespace SakipAnalytics.DataGenerator.Capaian;

/// <summary>A month's realisasi: this month's value (a flow for cumulative indicators) and the value to date.</summary>
public sealed record CapaianFigure(decimal TargetSdBulanIni, decimal BulanIni, decimal SdBulanIni);
