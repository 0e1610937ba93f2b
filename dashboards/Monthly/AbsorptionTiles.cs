using SakipAnalytics.Dashboards.Html;
using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Formatting;

namespace SakipAnalytics.Dashboards.Monthly;

/// <summary>
/// Budget absorption to date from the latest office-wide point: against the pagu, and against
/// the cash plan (RAK) when the store has one. While the month's LRA has not arrived the tiles
/// stand at an earlier month, and say so where a printed page shows it.
/// </summary>
internal static class AbsorptionTiles
{
    private const string Label = "Serapan anggaran";

    public static IEnumerable<Tile> For(DashboardFacts facts)
    {
        var last = facts.Absorption.MaxBy(p => p.Month);

        yield return last is null ? NoData() : AgainstPagu(last, facts);
        if (last is { RakToDate: { } rak } && rak != 0)
            yield return AgainstRak(last, rak, facts);
    }

    private static Tile NoData() => new("absorption", Label, FigureText.Missing,
        "Belum ada data realisasi anggaran (LRA) tahun ini", "belum ada data LRA", Tone.Neutral);

    private static Tile AgainstPagu(AbsorptionPoint point, DashboardFacts facts)
    {
        var value = point.Absorption is { } absorption ? IndonesianFormat.Percent(absorption) : FigureText.Missing;
        var formula = BudgetFormula.Absorption(point.RealisasiToDate, point.Pagu) + UpTo(facts.Year, point.Month)
            + "\n" + BudgetFormula.Sources(point);
        var caption = $"{Rupiah(point.RealisasiToDate)} dari pagu {Rupiah(point.Pagu)}";

        return new Tile("absorption", Label, value, formula, Stale(point, facts) + caption, ToneOf(point, facts));
    }

    private static Tile AgainstRak(AbsorptionPoint point, decimal rak, DashboardFacts facts)
    {
        var share = IndonesianFormat.Percent(point.RealisasiToDate / rak * 100m);
        var formula = BudgetFormula.AgainstRak(point.RealisasiToDate, rak) + UpTo(facts.Year, point.Month)
            + "\n" + BudgetFormula.Sources(point);
        var caption = $"RAK s.d. {IndonesianFormat.MonthYear(facts.Year, point.Month)} {Rupiah(rak)}";

        return new Tile("absorption-rak", "Serapan terhadap RAK", share, formula, Stale(point, facts) + caption, ToneOf(point, facts));
    }

    // "LRA Oktober 2026 belum ada; " before the caption while the figures are an earlier month's.
    private static string Stale(AbsorptionPoint point, DashboardFacts facts) => point.Month == facts.Month
        ? ""
        : $"LRA {IndonesianFormat.MonthYear(facts.Year, facts.Month)} belum ada, angka s.d. "
          + $"{IndonesianFormat.MonthName(point.Month)}; ";

    private static Tone ToneOf(AbsorptionPoint point, DashboardFacts facts) =>
        point.Month == facts.Month ? Tone.Neutral : Tone.Warning;

    private static string UpTo(int year, int month) => $" (s.d. {IndonesianFormat.MonthYear(year, month)})";

    private static string Rupiah(decimal value) => IndonesianFormat.Rupiah(value);
}
