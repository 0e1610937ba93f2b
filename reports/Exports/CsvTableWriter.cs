using System.Data.Common;
using System.Globalization;
using CsvHelper;

namespace SakipAnalytics.Reports.Exports;

/// <summary>Streams a table to CSV: a header of column names, invariant numbers, ISO dates, empty for none.</summary>
public static class CsvTableWriter
{
    public static int Write(DbDataReader reader, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(reader);

        using var csv = new CsvWriter(output, CultureInfo.InvariantCulture, leaveOpen: true);
        for (var i = 0; i < reader.FieldCount; i++)
            csv.WriteField(reader.GetName(i));
        csv.NextRecord();

        var rows = 0;
        while (reader.Read())
        {
            for (var i = 0; i < reader.FieldCount; i++)
                csv.WriteField(Text(reader, i));
            csv.NextRecord();
            rows++;
        }

        return rows;
    }

    private static string Text(DbDataReader reader, int ordinal)
    {
        if (reader.IsDBNull(ordinal))
            return "";

        return reader.GetValue(ordinal) switch
        {
            DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateTime time => time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            bool flag => flag ? "true" : "false",
            IFormattable value => value.ToString(null, CultureInfo.InvariantCulture),
            var value => value.ToString() ?? "",
        };
    }
}
