using System.Data.Common;
using SakipAnalytics.Model.Capaian.Periods;
using SakipAnalytics.Model.Store;

namespace SakipAnalytics.Model.Capaian;

/// <summary>
/// Rebuilds <c>capaian_result</c> from the reported lines and the reference: one row per
/// indicator, unit and month reported, uncapped, with the target used and why a figure is missing;
/// then the quarter results and year-end projections drawn from it.
/// </summary>
public static class CapaianComputation
{
    public static int Rebuild(SakipStore store)
    {
        ArgumentNullException.ThrowIfNull(store);

        using var transaction = store.BeginTransaction();
        store.Execute("DELETE FROM capaian_result");
        var count = AppendResults(store, ReadInputs(store));
        PeriodComputation.Rebuild(store);
        transaction.Commit();
        return count;
    }

    private static List<CapaianInput> ReadInputs(SakipStore store) => store.Rows(ModelSql.CapaianInputs, ReadInput);

    private static CapaianInput ReadInput(DbDataReader r) => new()
    {
        IndicatorCode = r.GetString(0),
        UnitCode = r.GetString(1),
        Year = r.GetInt32(2),
        Month = r.GetInt32(3),
        Polarity = StoredRules.Polarity(r.GetString(4)),
        Aggregation = StoredRules.Aggregation(r.GetString(5)),
        PkTarget = StoredTarget.From(Text(r, 6), Dec(r, 7), Dec(r, 8)),
        PkRevised = Text(r, 9) == "Perubahan",
        MurniLow = Dec(r, 10),
        RencanaAksi = StoredTarget.From(Text(r, 11), Dec(r, 12), Dec(r, 13)),
        FileTarget = StoredTarget.From(Text(r, 14), Dec(r, 15), Dec(r, 16)),
        Realisasi = StoredTarget.Realisasi(Dec(r, 17), Text(r, 18)),
        ReportedCapaian = Dec(r, 20),
        FileId = r.GetInt32(21),
        SourceRow = r.GetInt32(22),
        RenstraEnd = StoredTarget.From(Text(r, 23), Dec(r, 24), Dec(r, 25)),
        RencanaAksiYearEnd = Dec(r, 26),
    };

    private static int AppendResults(SakipStore store, List<CapaianInput> inputs)
    {
        using var appender = store.Connection.CreateAppender("capaian_result");
        foreach (var input in inputs)
        {
            var (target, source) = TargetToDate.Resolve(input);
            var capaian = CapaianCalculator.Compute(input.Polarity, target, input.Realisasi);
            var toRenstraEnd = CapaianCalculator.Compute(input.Polarity, input.RenstraEnd, input.Realisasi);
            appender.CreateRow()
                .AppendValue(input.IndicatorCode).AppendValue(input.UnitCode).AppendValue(input.Year).AppendValue(input.Month)
                .AppendValue(StoredTarget.Text(target)).AppendValue(target?.Low).AppendValue(target?.High)
                .AppendValue(StoredTarget.Text(input.PkTarget)).AppendValue(input.PkTarget?.Low).AppendValue(input.PkTarget?.High)
                .AppendValue(source).AppendValue(input.Realisasi?.Value).AppendValue(input.Realisasi?.Grade)
                .AppendValue(capaian.Uncapped).AppendValue(capaian.NotComputableReason).AppendValue(input.ReportedCapaian)
                .AppendValue(input.FileId).AppendValue(input.SourceRow).AppendValue(toRenstraEnd.Uncapped)
                .EndRow();
        }

        return inputs.Count;
    }

    private static string? Text(DbDataReader r, int i) => r.TextOrNull(i);

    private static decimal? Dec(DbDataReader r, int i) => r.DecimalOrNull(i);
}
