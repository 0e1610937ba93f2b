using System.Data.Common;
using System.Globalization;

namespace SakipAnalytics.Model.Analysis.Tables;

/// <summary>
/// The current row of a table's reader, read by column name, so code that turns a table into
/// records reads as the README documents the columns. SQL NULL becomes C# null.
/// </summary>
public sealed class NamedRow(DbDataReader reader)
{
    public string? Text(string column) => IsNull(column, out var i) ? null : Convert.ToString(reader.GetValue(i), Invariant);

    public string Required(string column) => Text(column) ?? throw MissingValue(column);

    public decimal? Number(string column) =>
        IsNull(column, out var i) ? null : Convert.ToDecimal(reader.GetValue(i), Invariant);

    public int? WholeNumber(string column) => IsNull(column, out var i) ? null : Convert.ToInt32(reader.GetValue(i), Invariant);

    public DateOnly? Date(string column) => IsNull(column, out var i) ? null : reader.GetFieldValue<DateOnly>(i);

    public bool? Flag(string column) => IsNull(column, out var i) ? null : reader.GetBoolean(i);

    private static CultureInfo Invariant => CultureInfo.InvariantCulture;

    private bool IsNull(string column, out int ordinal)
    {
        ordinal = reader.GetOrdinal(column);
        return reader.IsDBNull(ordinal);
    }

    private static InvalidOperationException MissingValue(string column) =>
        new($"Column '{column}' is empty where the query always gives a value.");
}
