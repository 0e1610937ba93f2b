using SakipAnalytics.Ingest.Loading;
using SakipAnalytics.Model.Capaian;
using SakipAnalytics.Model.Formatting;
using SakipAnalytics.Model.Store;

namespace SakipAnalytics.Ingest.Capaian;

/// <summary>
/// Checks a cumulative indicator's value to date against the unit's other months already loaded:
/// it must not go down, and it should be last month's value plus this month's. One query reads the
/// unit's year; the comparisons run here.
/// </summary>
internal static class CumulativeChecks
{
    private static readonly string MonthsSql = SqlScript.Load(typeof(CumulativeChecks).Assembly, "Capaian/Sql/CumulativeMonths.sql");

    public static void Report(LoadContext context, string unit, int year, IEnumerable<string> indicators)
    {
        string[] cumulative = [.. indicators.Where(c => context.Reference.Indicator(c)?.Aggregation == MonthlyAggregation.Cumulative)];
        if (cumulative.Length == 0)
            return;

        var months = Months(context, unit, year, cumulative);
        var own = months.Where(m => m.FileId == context.FileId).ToList();
        var others = months.Where(m => m.FileId != context.FileId).ToLookup(m => m.Code, StringComparer.Ordinal);
        foreach (var line in own)
            ReportGoingDown(context, line, others[line.Code]);

        foreach (var line in own)
            ReportNotAdding(context, line, others[line.Code]);
    }

    private static List<CumulativeMonth> Months(LoadContext context, string unit, int year, string[] codes) =>
        context.Store.Rows(
            MonthsSql,
            r => new CumulativeMonth(
                r.GetInt32(0), r.TextOrNull(1), r.GetInt32(2), r.GetString(3), r.GetInt32(4), r.DecimalOrNull(5), r.DecimalOrNull(6),
                r.GetString(7)),
            ("unit_code", unit), ("year", year), ("codes", codes), ("file_id", context.FileId));

    private static void ReportGoingDown(LoadContext context, CumulativeMonth line, IEnumerable<CumulativeMonth> others)
    {
        var nearest = others.Where(o => o.Month != line.Month && Contradicts(line, o))
            .OrderBy(o => Math.Abs(o.Month - line.Month)).ThenBy(o => o.Month)
            .FirstOrDefault();
        if (nearest is null)
            return;

        var earlier = nearest.Month < line.Month;
        context.Findings.Warning(
            $"Realisasi kumulatif {line.Code} {(earlier ? "turun dari" : "melebihi")} nilai bulan "
                + $"{IndonesianFormat.MonthName(nearest.Month)} ({nearest.FileName})",
            line.Sheet,
            line.Row,
            CapaianLayout.RealisasiToDate.Name,
            IndonesianFormat.Figure(line.ToDate!.Value),
            $"{(earlier ? "paling sedikit" : "paling banyak")} {IndonesianFormat.Figure(nearest.ToDate!.Value)}");
    }

    /// <summary>An earlier month above this one, or a later month below it.</summary>
    private static bool Contradicts(CumulativeMonth line, CumulativeMonth other) =>
        line.ToDate is { } mine && other.ToDate is { } theirs
        && ((other.Month < line.Month && theirs > mine) || (other.Month > line.Month && theirs < mine));

    private static void ReportNotAdding(LoadContext context, CumulativeMonth line, IEnumerable<CumulativeMonth> others)
    {
        if (line.ThisMonth is not { } flow || line.ToDate is not { } toDate)
            return;

        foreach (var previous in others.Where(o => o.Month == line.Month - 1 && o.ToDate is not null))
        {
            var expected = previous.ToDate!.Value + flow;
            if (expected == toDate)
                continue;

            context.Findings.Warning(
                $"Realisasi kumulatif {line.Code} bukan realisasi s.d. bulan lalu ({previous.FileName}) ditambah realisasi bulan ini",
                line.Sheet,
                line.Row,
                CapaianLayout.RealisasiToDate.Name,
                IndonesianFormat.Figure(toDate),
                IndonesianFormat.Figure(expected));
        }
    }
}
