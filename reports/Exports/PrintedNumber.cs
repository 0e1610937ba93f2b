using System.Globalization;
using System.Text.RegularExpressions;

namespace SakipAnalytics.Reports.Exports;

/// <summary>
/// Reads back a figure the reports printed in Indonesian format ("1.234.567", "98,15", "-0,41"), so a
/// table written to a workbook keeps its figures as numbers. Codes ("1.06.01"), years and words stay text.
/// </summary>
public static partial class PrintedNumber
{
    public static bool TryParse(string text, out decimal value, out int decimals)
    {
        ArgumentNullException.ThrowIfNull(text);

        value = 0m;
        decimals = 0;
        if (!Printed().IsMatch(text))
            return false;

        var comma = text.IndexOf(',', StringComparison.Ordinal);
        decimals = comma < 0 ? 0 : text.Length - comma - 1;
        value = decimal.Parse(text.Replace(".", "", StringComparison.Ordinal).Replace(',', '.'), CultureInfo.InvariantCulture);
        return true;
    }

    // Digits grouped by dots in threes, an optional decimal comma; a lone group of four digits (a year) is not a figure.
    [GeneratedRegex(@"^-?\d{1,3}(\.\d{3})*(,\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Printed();
}
