using System.Data.Common;
using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Store;

namespace SakipAnalytics.Model.Evaluation;

/// <summary>Reads the loaded LKE worksheets from the store.</summary>
public sealed class LkeQueries(SakipStore store)
{
    /// <summary>Each unit's loaded worksheet of the year, by unit code.</summary>
    public IReadOnlyList<LkeWorksheet> Worksheets(int year) =>
        [
            .. store.Rows(ModelSql.LkeRows, ReadRow, ("year", year))
                .GroupBy(r => (r.File, r.Unit, r.UnitName, r.Kind))
                .Select(g => new LkeWorksheet(g.Key.File, g.Key.Unit, g.Key.UnitName, g.Key.Kind, year, [.. g.Select(r => r.Entry)])),
        ];

    /// <summary>The years with a loaded worksheet, latest first.</summary>
    public IReadOnlyList<int> Years() => store.Rows(ModelSql.LkeYears, r => r.GetInt32(0));

    private static (string File, string Unit, string UnitName, string Kind, LkeEntry Entry) ReadRow(DbDataReader r) =>
        (r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), new LkeEntry(
            r.GetString(4), r.GetInt32(5), r.GetString(6), r.DecimalOrNull(7), r.TextOrNull(8), r.DecimalOrNull(9),
            r.TextOrNull(10), new SourceRef(r.GetString(0), r.TextOrNull(11), r.GetInt32(12))));
}
