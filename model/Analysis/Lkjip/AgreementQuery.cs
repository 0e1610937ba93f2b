using System.Data.Common;
using SakipAnalytics.Model.Store;

namespace SakipAnalytics.Model.Analysis.Lkjip;

/// <summary>Reads the year's Perjanjian Kinerja of a report's scope, with its revisions and budget.</summary>
internal static class AgreementQuery
{
    public static IReadOnlyList<AgreementLine> Read(SakipStore store, int year, ReportScope scope) =>
        store.Rows(ModelSql.Agreement, ReadLine, ("year", year), ("unit", scope.UnitCode));

    private static AgreementLine ReadLine(DbDataReader r) => new()
    {
        Code = r.GetString(0),
        Name = r.GetString(1),
        Satuan = r.GetString(2),
        SasaranCode = r.GetString(3),
        SasaranName = r.GetString(4),
        MurniTarget = r.TextOrNull(5),
        RevisedTarget = r.TextOrNull(6),
        RevisedFrom = r.IsDBNull(7) ? null : r.GetFieldValue<DateOnly>(7),
        PaguIndikatif = r.DecimalOrNull(8),
    };
}
