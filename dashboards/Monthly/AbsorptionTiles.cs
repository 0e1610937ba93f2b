using SakipAnalytics.Dashboards.Html;
using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Formatting;

namespace SakipAnalytics.Dashboards.Monthly;

/// <summary>
/// Budget absorption to date from the latest office-wide point: against the pagu, and against
/// the cash plan (RAK) when the store has one.
/// </summary>
internal static class AbsorptionTiles
{
    private const string Label = "Serapan anggaran";

    public static IEnumerable<Tile> For(DashboardFacts facts)
    {
        var last = facts.Absorption.MaxBy(p => p.Month);

        yield return last is null ? NoData() : AgainstPagu(last, facts.Year);
        if (last is { RakToDate: { } rak } && rak != 0)
            yield return AgainstRak(last, rak, facts.Year);
    }

    private static Tile NoData() => new("absorption", Label, FigureText.Missing,
        "Belum ada data realisasi anggaran (LRA) tahun ini", "belum ada data LRA", Tone.Neutral);

    private static Tile AgainstPagu(AbsorptionPoint point, int year)
    {
        var value = point.Absorption is { } absorption ? IndonesianFormat.Percent(absorption) : FigureText.Missing;
        var formula = BudgetFormula.Absorption(point.RealisasiToDate, point.Pagu) + UpTo(year, point.Month)
            + "\n" + BudgetFormula.Sources(point);
        var caption = $"{Rupiah(point.RealisasiToDate)} dari pagu {Rupiah(point.Pagu)}";

        return new Tile("absorption", Label, value, formula, caption, Tone.Neutral);
    }

    private static Tile AgainstRak(AbsorptionPoint point, decimal rak, int year)
    {
        var share = IndonesianFormat.Percent(point.RealisasiToDate / rak * 100m);
        var formula = BudgetFormula.AgainstRak(point.RealisasiToDate, rak) + UpTo(year, point.Month)
            + "\n" + BudgetFormula.Sources(point);

        var caption = $"RAK s.d. bulan ini {Rupiah(rak)}";
        return new Tile("absorption-rak", "Serapan terhadap RAK", share, formula, caption, Tone.Neutral);
    }

    private static string UpTo(int year, int month) => $" (s.d. {IndonesianFormat.MonthYear(year, month)})";

    private static string Rupiah(decimal value) => IndonesianFormat.Rupiah(value);
}
