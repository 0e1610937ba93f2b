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

    public static IEnumerable<SheetRow> Read(string path)
    {
        var delimiter = DetectDelimiter(path);
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var parser = new CsvParser(reader, Configuration(delimiter));
        while (parser.Read())
            yield return new SheetRow(parser.RawRow, parser.Record ?? []);
    }

    /// <summary>
    /// A <c>;</c> file still holds commas inside Indonesian numbers, so the delimiter is the one
    /// that splits some line of the first lines into the most fields.
    /// </summary>
    internal static string DetectDelimiter(string path)
    {
        var lines = File.ReadLines(path, Encoding.UTF8).Take(SampleLines).ToList();
        var semicolons = lines.Max(l => (int?)l.Count(c => c == ';')) ?? 0;
        var commas = lines.Max(l => (int?)CountOutsideQuotes(l, ',')) ?? 0;
        return semicolons >= 2 || semicolons >= commas ? ";" : ",";
    }

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
