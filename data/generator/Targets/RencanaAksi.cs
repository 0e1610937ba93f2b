using SakipAnalytics.DataGenerator.Numbers;
using SakipAnalytics.DataGenerator.Office;

namespace SakipAnalytics.DataGenerator.Targets;

/// <summary>
/// Monthly targets to date under the PK. Cumulative indicators ramp up to the year's target,
/// stocks and means stay flat, and the budget-absorption indicator follows the cash plan.
/// A PK revision bends the ramp from its month on.
/// </summary>
public sealed class RencanaAksi(PerjanjianKinerja pk)
{
    /// <summary>Years the reference workbook carries a rencana aksi for; earlier years are pro rata.</summary>
    public static IReadOnlyList<int> Years { get; } = [2025, 2026];

    private const string AbsorptionIndicator = "SEK.02";

    // Planned absorption to date (%) for a 95% year-end target: slow first quarter, year-end rush.
    private static readonly decimal[] AbsorptionPath = [6, 12, 19, 26, 34, 43, 52, 61, 70, 79, 87, 95];

    public static bool Covers(Indikator indikator)
    {
        ArgumentNullException.ThrowIfNull(indikator);
        return indikator.Agregasi != Agregasi.Tahunan;
    }

    public decimal ToDate(Indikator indikator, int year, int month)
    {
        ArgumentNullException.ThrowIfNull(indikator);

        var annual = RenstraPlan.Target(indikator.Kode, year).Number;
        if (indikator.Kode == AbsorptionIndicator)
            return Rounding.HalfUp(annual * AbsorptionPath[month - 1] / 95m, 2);

        return indikator.Agregasi == Agregasi.Kumulatif ? Ramp(indikator.Kode, year, month, annual) : annual;
    }

    private decimal Ramp(string kode, int year, int month, decimal murni)
    {
        var revision = pk.Rows.FirstOrDefault(r => r.Tahun == year && r.KodeIndikator == kode && r.Jenis == "Perubahan");
        var revisedFrom = revision?.TanggalBerlaku.Month ?? 13;
        if (month < revisedFrom)
            return Rounding.HalfUp(murni * month / 12m, 0);

        var before = Rounding.HalfUp(murni * (revisedFrom - 1) / 12m, 0);
        var revised = revision!.Target.Number;
        var share = (decimal)(month - revisedFrom + 1) / (12 - revisedFrom + 1);
        return Rounding.HalfUp(before + ((revised - before) * share), 0);
    }
}
