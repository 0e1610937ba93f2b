namespace SakipAnalytics.Model.Analysis;

/// <summary>
/// Office-wide spending to date at the end of one month, with the cash plan (RAK) when known and
/// the files the figures come from: the month's LRA, and the e-Monev export the RAK is read from.
/// </summary>
public sealed record AbsorptionPoint(
    int Month, decimal Pagu, decimal RealisasiToDate, decimal? RakToDate, string? LraFile = null, string? RakFile = null)
{
    public decimal? Absorption => Pagu == 0 ? null : RealisasiToDate / Pagu * 100m;
}
