using System.Text;
using SakipAnalytics.DataGenerator.Numbers;
using SakipAnalytics.DataGenerator.Spreadsheet;

namespace SakipAnalytics.DataGenerator.Delimited;

/// <summary>
/// Writes a <see cref="Sheet"/> as delimited text with Indonesian numbers; a field holding the
/// delimiter or a quote is quoted (so <c>"95,5"</c> in a comma file).
/// </summary>
public static class CsvWriter
{
    public static byte[] Write(Sheet sheet, CsvDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(dialect);

        var text = new StringBuilder();
        foreach (var row in sheet.Rows)
            text.Append(string.Join(dialect.Delimiter, row.Select(c => Field(c, dialect)))).Append(dialect.NewLine);

        var body = new UTF8Encoding(false).GetBytes(text.ToString());
        return dialect.ByteOrderMark ? [.. Encoding.UTF8.Preamble, .. body] : body;
    }

    private static string Field(Cell? cell, CsvDialect dialect)
    {
        var raw = cell switch
        {
            null => string.Empty,
            TextCell text => text.Value,
            NumberCell { FixedDecimals: { } decimals } number => AngkaIndonesia.Text(number.Value, decimals),
            NumberCell number => AngkaIndonesia.Text(number.Value),
            _ => throw new ArgumentOutOfRangeException(nameof(cell), cell, "Unknown cell kind."),
        };
        return NeedsQuotes(raw, dialect) ? Quote(raw) : raw;
    }

    private static bool NeedsQuotes(string raw, CsvDialect dialect) =>
        raw.Contains(dialect.Delimiter, StringComparison.Ordinal) || raw.Contains('"', StringComparison.Ordinal);

    private static string Quote(string raw) => "\"" + raw.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
