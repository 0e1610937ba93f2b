using System.Data.Common;
using SakipAnalytics.Model.Store;

namespace SakipAnalytics.Model.Capaian.Periods;

/// <summary>
/// Rebuilds the quarter results and the year-end projections from <c>capaian_result</c>.
/// Runs inside the caller's transaction, after the monthly results were rebuilt.
/// </summary>
internal static class PeriodComputation
{
    public static void Rebuild(SakipStore store)
    {
        store.Execute("DELETE FROM capaian_quarter");
        store.Execute("DELETE FROM capaian_projection");
        AppendQuarters(store, store.Rows(ModelSql.QuarterInputs, ReadQuarter));
        AppendProjections(store, store.Rows(ModelSql.ProjectionInputs, ReadMonth));
    }

    private static void AppendQuarters(SakipStore store, List<QuarterInput> quarters)
    {
        using var appender = store.Connection.CreateAppender("capaian_quarter");
        foreach (var quarter in quarters)
        {
            var result = QuarterCapaian.Compute(quarter);
            appender.AppendRow(
                quarter.IndicatorCode, quarter.UnitCode, quarter.Year, quarter.Quarter, quarter.MonthsReported,
                StoredTarget.Text(result.Target), result.Target?.Low, result.Target?.High,
                result.Realisasi?.Value, result.Realisasi?.Grade,
                result.Capaian.Uncapped, result.Capaian.NotComputableReason);
        }
    }

    private static void AppendProjections(SakipStore store, List<ProjectionMonth> months)
    {
        using var appender = store.Connection.CreateAppender("capaian_projection");
        var series = new List<MonthValue>();
        ProjectionMonth? previous = null;
        foreach (var month in months)
        {
            if (previous is null || !month.SameSeries(previous))
                series.Clear();
            series.Add(new MonthValue(month.Month, month.Realisasi));
            previous = month;

            var projection = YearEndProjection.Project(month.Aggregation, series);
            var capaian = CapaianCalculator.Compute(month.Polarity, month.AnnualTarget, projection.Realisasi);
            appender.AppendRow(
                month.IndicatorCode, month.UnitCode, month.Year, month.Month, projection.Method,
                projection.Realisasi?.Value, projection.Realisasi?.Grade, capaian.Uncapped, capaian.NotComputableReason);
        }
    }

    private static QuarterInput ReadQuarter(DbDataReader r) => new()
    {
        IndicatorCode = r.GetString(0),
        UnitCode = r.GetString(1),
        Year = r.GetInt32(2),
        Quarter = r.GetInt32(3),
        Polarity = StoredRules.Polarity(r.GetString(4)),
        Aggregation = StoredRules.Aggregation(r.GetString(5)),
        EndTarget = StoredTarget.From(r.TextOrNull(6), r.DecimalOrNull(7), r.DecimalOrNull(8)),
        PreviousEndTarget = StoredTarget.From(r.TextOrNull(9), r.DecimalOrNull(10), r.DecimalOrNull(11)),
        HasPreviousEnd = r.GetBoolean(12) || r.GetInt32(3) == 1,
        EndRealisasi = StoredTarget.Realisasi(r.DecimalOrNull(13), r.TextOrNull(14)),
        PreviousEndValue = r.DecimalOrNull(15),
        MeanOfMonths = Mean(r.DecimalOrNull(16), r.IntOrNull(17) ?? 0),
        MonthsReported = r.IntOrNull(18) ?? 0,
    };

    private static decimal? Mean(decimal? sum, int count) => sum is { } total && count > 0 ? total / count : null;

    private static ProjectionMonth ReadMonth(DbDataReader r) => new()
    {
        IndicatorCode = r.GetString(0),
        UnitCode = r.GetString(1),
        Year = r.GetInt32(2),
        Month = r.GetInt32(3),
        Polarity = StoredRules.Polarity(r.GetString(4)),
        Aggregation = StoredRules.Aggregation(r.GetString(5)),
        AnnualTarget = StoredTarget.From(r.TextOrNull(6), r.DecimalOrNull(7), r.DecimalOrNull(8)),
        Realisasi = StoredTarget.Realisasi(r.DecimalOrNull(9), r.TextOrNull(10)),
    };
}
