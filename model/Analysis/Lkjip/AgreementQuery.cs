using System.Data.Common;
using SakipAnalytics.Model.Capaian;
using SakipAnalytics.Model.Formatting;
using SakipAnalytics.Model.Store;

namespace SakipAnalytics.Model.Analysis.Lkjip;

/// <summary>Reads the year's Perjanjian Kinerja of a report's scope, with its revisions and budget.</summary>
internal static class AgreementQuery
{
    public static IReadOnlyList<AgreementLine> Read(SakipStore store, int year, ReportScope scope)
    {
        var revisions = store.Rows(ModelSql.AgreementRevisions, ReadRevision, ("year", year)).ToLookup(r => r.Code, r => r.Revision);
        return
        [
            .. store.Rows(ModelSql.Agreement, ReadLine, ("year", year), ("unit", scope.UnitCode))
                .Select(line => line with { Revisions = [.. revisions[line.Code]] }),
        ];
    }

    private static AgreementLine ReadLine(DbDataReader r) => new()
    {
        Code = r.GetString(0),
        Name = r.GetString(1),
        Satuan = r.GetString(2),
        SasaranCode = r.GetString(3),
        SasaranName = r.GetString(4),
        MurniTarget = Shown(r, 5),
        RevisedTarget = Shown(r, 8),
        RevisedFrom = r.IsDBNull(11) ? null : r.GetFieldValue<DateOnly>(11),
        PaguIndikatif = r.DecimalOrNull(12),
    };

    private static (string Code, PkRevision Revision) ReadRevision(DbDataReader r) =>
        (r.GetString(0), new PkRevision(Shown(r, 1)!, r.GetFieldValue<DateOnly>(4)));

    /// <summary>A target stored as text, low and high from <paramref name="first"/>, as the report prints it.</summary>
    private static string? Shown(DbDataReader r, int first) =>
        r.IsDBNull(first)
            ? null
            : IndonesianFormat.Target(StoredTarget.From(r.TextOrNull(first), r.DecimalOrNull(first + 1), r.DecimalOrNull(first + 2)));
}
