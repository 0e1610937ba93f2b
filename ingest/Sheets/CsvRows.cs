using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace SakipAnalytics.Ingest.Sheets;

/// <summary>
/// Reads a CSV file as rows of text: UTF-8 with or without BOM, CRLF or LF, and the delimiter
/// (<c>;</c> or <c>,</c>) taken from the file itself.
/// </summary>
internal static class CsvRows
{
    private const int SampleLines = 30;

    public static IEnumerable<SheetRow> Read(string path, Encoding encoding)
    {
        var delimiter = DetectDelimiter(path, encoding);
        using var reader = new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: true);
        using var parser = new CsvParser(reader, Configuration(delimiter));
        while (parser.Read())
            yield return new SheetRow(parser.RawRow, parser.Record ?? []);
    }

    /// <summary>
    /// A <c>;</c> file still holds commas inside Indonesian numbers and text, and a <c>,</c> file
    /// may hold semicolons in its text, so neither count alone decides. The delimiter is the one
    /// that splits the most of the first lines into the same number of fields, as a table does.
    /// </summary>
    internal static string DetectDelimiter(string path, Encoding? encoding = null)
    {
        var lines = File.ReadLines(path, encoding ?? Encoding.UTF8).Take(SampleLines).ToList();
        return Regularity(lines, ';') >= Regularity(lines, ',') ? ";" : ",";
    }

    /// <summary>How many lines share the most common count (of at least two) of this delimiter.</summary>
    private static int Regularity(List<string> lines, char delimiter) =>
        lines.Select(l => CountOutsideQuotes(l, delimiter))
            .Where(count => count >= 2)
            .GroupBy(count => count)
            .Select(g => g.Count())
            .DefaultIfEmpty(0)
            .Max();

    private static int CountOutsideQuotes(string line, char delimiter)
    {
        var count = 0;
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
                quoted = !quoted;
            else if (c == delimiter && !quoted)
                count++;
        }

        return count;
    }

    private static CsvConfiguration Configuration(string delimiter) => new(CultureInfo.InvariantCulture)
    {
        Delimiter = delimiter,
        HasHeaderRecord = false,
        BadDataFound = null,
        MissingFieldFound = null,
        IgnoreBlankLines = false,
        DetectColumnCountChanges = false,
        TrimOptions = TrimOptions.None,
    };
}
