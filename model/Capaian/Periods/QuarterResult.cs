namespace SakipAnalytics.Model.Capaian.Periods;

/// <summary>The quarter's own target, realisasi and capaian.</summary>
public sealed record QuarterResult(Target? Target, Realisasi? Realisasi, CapaianResult Capaian);
