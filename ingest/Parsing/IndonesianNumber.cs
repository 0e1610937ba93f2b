using System.Globalization;
using System.Text.RegularExpressions;

namespace SakipAnalytics.Ingest.Parsing;

/// <summary>
/// Reads numbers as units type them: real spreadsheet numbers, or Indonesian text such as
/// <c>1.234.567,89</c>, <c>95,5</c>, <c>95,5%</c>, <c>Rp 1.250.000</c>, and <c>-</c> for none.
/// A dot is a thousands separator only in groups of three digits; anything else is not guessed at.
/// </summary>
public static partial class IndonesianNumber
{
    public const string Expected = "angka, misalnya 1.234.567,89 atau 95,5";

    /// <summary>No figure in these reports reaches a thousand trillion; beyond it a cell holds an error, not a number.</summary>
    private const decimal Limit = 1_000_000_000_000_000m;

    public static NumberReading Read(object? cell) => cell switch
    {
        null => NumberReading.Empty,
        double d when double.IsFinite(d) && Math.Abs(d) < (double)Limit => NumberReading.Of(FromDouble(d)),
        decimal m => NumberReading.Of(m),
        int i => NumberReading.Of(i),
        long l => NumberReading.Of(l),
        string s => ReadText(s),
        _ => NumberReading.Invalid,
    };

    public static NumberReading ReadText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var core = Strip(text);
        if (core.Length == 0 || core is "-" or "–")
            return NumberReading.Empty;

        if (!IndonesianPattern().IsMatch(core))
            return NumberReading.Invalid;

        var invariant = core.Replace(".", "", StringComparison.Ordinal).Replace(',', '.');
        const NumberStyles Styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;
        return decimal.TryParse(invariant, Styles, CultureInfo.InvariantCulture, out var value) && Math.Abs(value) < Limit
            ? NumberReading.Of(value)
            : NumberReading.Invalid;
    }

    /// <summary>
    /// Spreadsheet numbers are binary doubles; 94.36 must become exactly 94,36, so the shortest
    /// round-trip text of the double is parsed as a decimal.
    /// </summary>
    public static decimal FromDouble(double value) =>
        decimal.Parse(value.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string Strip(string text)
    {
        var core = text.Trim();
        if (core.StartsWith("Rp", StringComparison.OrdinalIgnoreCase))
            core = core[2..].TrimStart('.', ' ');

        return core.TrimEnd('%', ' ').Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^[+-]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IndonesianPattern();
}
