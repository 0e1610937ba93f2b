using SakipAnalytics.Ingest.Loading;
using SakipAnalytics.Model.Formatting;
using SakipAnalytics.Model.Store;

namespace SakipAnalytics.Ingest.Capaian;

/// <summary>
/// Checks a cumulative indicator's value to date against the unit's other months already loaded:
/// it must not go down, and it should be last month's value plus this month's.
/// </summary>
internal static class CumulativeChecks
{
    private static readonly string GoesDownSql = Load("CumulativeGoesDown");
    private static readonly string DoesNotAddSql = Load("CumulativeDoesNotAdd");

    public static void Report(LoadContext context)
    {
        ReportGoingDown(context);
        ReportNotAdding(context);
    }

    private static void ReportGoingDown(LoadContext context)
    {
        var rows = context.Store.Rows(GoesDownSql, r => (
            Sheet: r.IsDBNull(0) ? null : r.GetString(0), Row: r.GetInt32(1), Code: r.GetString(2), Month: r.GetInt32(3),
            Value: r.GetDecimal(4), OtherMonth: r.GetInt32(5), Other: r.GetDecimal(6), File: r.GetString(7)),
            ("file_id", context.FileId));
        foreach (var d in rows)
        {
            var direction = d.OtherMonth < d.Month ? "turun dari" : "melebihi";
            context.Findings.Warning(
                $"Realisasi kumulatif {d.Code} {direction} nilai bulan {IndonesianFormat.MonthName(d.OtherMonth)} ({d.File})",
                d.Sheet,
                d.Row,
                CapaianLayout.RealisasiToDate.Name,
                IndonesianFormat.Figure(d.Value),
                $"{(d.OtherMonth < d.Month ? "paling sedikit" : "paling banyak")} {IndonesianFormat.Figure(d.Other)}");
        }
    }

    private static void ReportNotAdding(LoadContext context)
    {
        var rows = context.Store.Rows(DoesNotAddSql, r => (
            Sheet: r.IsDBNull(0) ? null : r.GetString(0), Row: r.GetInt32(1), Code: r.GetString(2),
            Value: r.GetDecimal(3), Expected: r.GetDecimal(4), File: r.GetString(5)),
            ("file_id", context.FileId));
        foreach (var d in rows)
        {
            context.Findings.Warning(
                $"Realisasi kumulatif {d.Code} bukan realisasi s.d. bulan lalu ({d.File}) ditambah realisasi bulan ini",
                d.Sheet,
                d.Row,
                CapaianLayout.RealisasiToDate.Name,
                IndonesianFormat.Figure(d.Value),
                IndonesianFormat.Figure(d.Expected));
        }
    }

    private static string Load(string name) => SqlScript.Load(typeof(CumulativeChecks).Assembly, $"Capaian/Sql/{name}.sql");
}
