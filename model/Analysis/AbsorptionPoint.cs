namespace SakipAnalytics.Model.Analysis;

/// <summary>Office-wide spending to date at the end of one month, with the cash plan (RAK) when known.</summary>
public sealed record AbsorptionPoint(int Month, decimal Pagu, decimal RealisasiToDate, decimal? RakToDate)
{
    public decimal? Absorption => Pagu == 0 ? null : RealisasiToDate / Pagu * 100m;
}
