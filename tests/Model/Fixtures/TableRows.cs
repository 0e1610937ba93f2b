using System.Globalization;
using SakipAnalytics.Model.Analysis.Tables;

namespace SakipAnalytics.Model.Tests.Fixtures;

/// <summary>A table's rows as column-to-value maps, for asserting single cells by name.</summary>
public static class TableRows
{
    public static List<Dictionary<string, object?>> Of(this AnalysisSession session, string table, TableFilter? filter = null)
    {
        ArgumentNullException.ThrowIfNull(session);

        var found = AnalysisTables.Find(table) ?? throw new ArgumentException($"No table {table}.", nameof(table));
        return session.Read(found, filter ?? TableFilter.All, reader =>
        {
            var rows = new List<Dictionary<string, object?>>();
            while (reader.Read())
            {
                rows.Add(Enumerable.Range(0, reader.FieldCount)
                    .ToDictionary(reader.GetName, i => reader.IsDBNull(i) ? null : reader.GetValue(i)));
            }

            return rows;
        });
    }

    /// <summary>A cell as invariant text ("79.74"), so decimals compare without scale noise.</summary>
    public static string? Text(this Dictionary<string, object?> row, string column)
    {
        ArgumentNullException.ThrowIfNull(row);

        return row[column] switch
        {
            null => null,
            decimal d => (d / 1.000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            var other => other.ToString(),
        };
    }
}
