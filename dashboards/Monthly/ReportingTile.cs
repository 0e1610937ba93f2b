using SakipAnalytics.Dashboards.Html;
using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Formatting;

namespace SakipAnalytics.Dashboards.Monthly;

/// <summary>
/// How many units sent the month's capaian late or not at all (a rejected report counts as not
/// sent), naming them and the deadline rule in the tooltip.
/// </summary>
internal static class ReportingTile
{
    public const string Key = "late-or-missing";

    public static Tile For(DashboardFacts facts)
    {
        var late = facts.Units.Where(u => u.Timeliness?.IsLate == true).ToList();
        var missing = facts.Units.Where(u => u.Timeliness?.IsMissing ?? u.SourceFile is null).ToList();
        var formula = $"Batas kirim laporan {IndonesianFormat.MonthYear(facts.Year, facts.Month)}: tanggal {facts.Settings.DeadlineDay} "
            + $"bulan berikutnya. Terlambat: {Names(late, u => $"{u.UnitName} ({u.Timeliness!.DaysLate} hari)")}. "
            + $"Belum melapor: {Names(missing, u => u.UnitName)} ({late.Count + missing.Count} dari {facts.Units.Count} unit)";

        var count = (late.Count + missing.Count).ToString(IndonesianFormat.CultureInfo);
        var caption = $"{late.Count} terlambat, {missing.Count} belum melapor, dari {facts.Units.Count} unit";
        var tone = missing.Count > 0 ? Tone.Bad : late.Count > 0 ? Tone.Warning : Tone.Good;
        return new Tile(Key, "Unit terlambat atau belum melapor", count, formula, caption, tone);
    }

    private static string Names(List<UnitStanding> units, Func<UnitStanding, string> name) =>
        units.Count == 0 ? "tidak ada" : string.Join(", ", units.Select(name));
}
