using System.Text.RegularExpressions;

namespace SakipAnalytics.Ingest.Parsing;

/// <summary>
/// Reads the place and date line of a signature block under the data, such as
/// <c>Banjarmasin, 5 April 2026</c>: the day the unit signed its report.
/// </summary>
public static partial class SignatureLine
{
    public static DateOnly? Date(string line)
    {
        ArgumentNullException.ThrowIfNull(line);

        var match = PlaceAndDate().Match(line);
        return match.Success ? DateText.Read(match.Groups["date"].Value) : null;
    }

    [GeneratedRegex(@"^\s*\p{L}[\p{L} .'-]*,\s*(?<date>\d{1,2}\s+\p{L}+\s+\d{4})\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceAndDate();
}
