using SakipAnalytics.Dashboards.Html;
using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Formatting;

namespace SakipAnalytics.Dashboards.Monthly;

/// <summary>How many units have sent no capaian file for the month, naming them in the tooltip.</summary>
internal static class ReportingTile
{
    public static Tile For(DashboardFacts facts)
    {
        var missing = facts.Units.Where(u => u.SourceFile is null).Select(u => u.UnitName).ToList();
        var names = missing.Count == 0 ? "tidak ada" : string.Join(", ", missing);
        var formula = $"Unit tanpa file capaian {IndonesianFormat.MonthYear(facts.Year, facts.Month)}: {names} "
            + $"({missing.Count} dari {facts.Units.Count} unit)";

        var tone = missing.Count == 0 ? Tone.Good : Tone.Bad;
        var count = missing.Count.ToString(IndonesianFormat.CultureInfo);
        return new Tile("not-reported", "Unit belum melapor", count, formula, $"dari {facts.Units.Count} unit", tone);
    }
}
