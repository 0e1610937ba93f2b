using System.Data.Common;
using System.Numerics;
using Microsoft.Data.Analysis;

namespace SakipAnalytics.Model.Analysis.Tables;

/// <summary>
/// Turns a table's rows into a <see cref="DataFrame"/>. Dates become <see cref="DateTime"/> and
/// very large integers decimals, the types a data frame column can hold.
/// </summary>
internal static class TableFrame
{
    public static DataFrame From(DbDataReader reader)
    {
        var columns = Enumerable.Range(0, reader.FieldCount)
            .Select(i => (reader.GetName(i), FrameType(reader.GetFieldType(i))))
            .ToList();
        var rows = new List<IList<object>>();
        while (reader.Read())
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => FrameValue(reader, i)).ToList());
        return DataFrame.LoadFrom(rows, columns);
    }

    private static Type FrameType(Type type) =>
        type == typeof(DateOnly) ? typeof(DateTime) : type == typeof(BigInteger) ? typeof(decimal) : type;

    private static object FrameValue(DbDataReader reader, int ordinal)
    {
        if (reader.IsDBNull(ordinal))
            return null!;

        return reader.GetValue(ordinal) switch
        {
            DateOnly date => date.ToDateTime(TimeOnly.MinValue),
            BigInteger number => (decimal)number,
            var value => value,
        };
    }
}
