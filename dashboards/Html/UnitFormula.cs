using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Formatting;

namespace SakipAnalytics.Dashboards.Html;

/// <summary>
/// The tooltips behind a unit's figures: its mean capaian and its absorption, each with its file.
/// They leave the unit's name to the row or chart point that shows it.
/// </summary>
internal static class UnitFormula
{
    public static string MeanCapaian(UnitStanding unit, DashboardFacts facts)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(facts);

        return unit switch
        {
            { SourceFile: null } => $"Belum ada file capaian {IndonesianFormat.MonthYear(facts.Year, facts.Month)}",
            { CapaianShown.Count: 0 } => $"Tidak ada indikator yang capaiannya dapat dihitung\nSumber: {unit.SourceFile}",
            _ => $"{CapaianFormula.Mean(unit.CapaianShown)}; {SettingsText.Cap(facts.Settings.Cap)}\nSumber: {unit.SourceFile}",
        };
    }

    public static string Absorption(UnitStanding unit, DashboardFacts facts)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(facts);

        var month = facts.Absorption.FirstOrDefault(p => p.Month == facts.LraMonth);
        if (month is null)
            return "Belum ada LRA tahun ini";

        var result = unit.Absorption is { } absorption ? $" = {IndonesianFormat.Percent(absorption)}" : " (pagu nol)";
        var upTo = month.Month == facts.Month ? "" : $" (s.d. {IndonesianFormat.MonthYear(facts.Year, month.Month)})";
        return $"{BudgetFormula.Absorption(unit.Realisasi, unit.Pagu)}{result}{upTo}\n{BudgetFormula.LraSource(month)}";
    }
}
