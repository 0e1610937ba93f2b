namespace SakipAnalytics.Model.Analysis;

/// <summary>
/// The thresholds below which a projected year-end figure is flagged: capaian as shown (default
/// 91, the Sangat Tinggi bound) and budget absorption (default 90).
/// </summary>
public sealed record EarlyWarning(decimal CapaianBelow, decimal AbsorptionBelow)
{
    public static EarlyWarning Default { get; } = new(91m, 90m);
}
