using System.Globalization;
using System.Text.RegularExpressions;
using SakipAnalytics.Model.Formatting;

namespace SakipAnalytics.Ingest.Parsing;

/// <summary>Reads a date cell: a spreadsheet date, <c>2025-09-15</c>, <c>15/09/2025</c> or <c>15 September 2025</c>.</summary>
public static partial class DateText
{
    public const string Expected = "tanggal, misalnya 2025-09-15, 15/09/2025 atau 15 September 2025";

    public static DateOnly? Read(object? cell) => cell switch
    {
        DateTime dateTime => DateOnly.FromDateTime(dateTime),
        string text => ReadText(text.Trim()),
        _ => null,
    };

    private static DateOnly? ReadText(string text)
    {
        string[] formats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy"];
        if (DateOnly.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;

        var match = LongPattern().Match(text);
        if (!match.Success || IndonesianFormat.ParseMonth(match.Groups["month"].Value) is not { } month)
            return null;

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        return day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    [GeneratedRegex(@"^(?<day>\d{1,2})\s+(?<month>\p{L}+)\s+(?<year>\d{4})$")]
    private static partial Regex LongPattern();
}
