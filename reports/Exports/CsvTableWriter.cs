using System.Data.Common;
using System.Globalization;
using System.Text.RegularExpressions;
using CsvHelper;

namespace SakipAnalytics.Reports.Exports;

/// <summary>
/// Streams a table to CSV: a header of column names, invariant numbers, ISO dates, empty for none.
/// Text that a spreadsheet would run as a formula (a name typed as "=HYPERLINK(...)") is written
/// with a leading apostrophe, so opening the file in Excel shows it rather than running it.
/// </summary>
public static partial class CsvTableWriter
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
            string text => Inert(text),
            var value => value.ToString() ?? "",
        };
    }

    private static string Inert(string text) =>
        text.Length > 0 && "=+-@\t\r".Contains(text[0], StringComparison.Ordinal) && !SignedNumber().IsMatch(text)
            ? "'" + text
            : text;

    // A figure already printed as text (-1,37 or -1.250.000,00) is data, not a formula.
    [GeneratedRegex(@"^[-+]?\d[\d.,]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SignedNumber();
}
