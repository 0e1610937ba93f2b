using System.Globalization;

namespace SakipAnalytics.Model.Formatting;

/// <summary>
/// The one place figures and dates are formatted for people: id-ID conventions
/// (1.234.567,89; Rp; Indonesian month names), rounding half up.
/// </summary>
public static class IndonesianFormat
{
    private static readonly CultureInfo Culture = BuildCulture();

    private static readonly string[] MonthNames =
    [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni",
        "Juli", "Agustus", "September", "Oktober", "November", "Desember",
    ];

    public static CultureInfo CultureInfo => Culture;

    /// <summary>A number with the given decimals, e.g. 79,74 or 1.234.567,89.</summary>
    public static string Number(decimal value, int decimals = 2) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("N" + decimals, Culture);

    /// <summary>A number without trailing zero decimals (22 rather than 22,00; 6,17 kept).</summary>
    public static string Figure(decimal value, int maxDecimals = 2)
    {
        var rounded = Math.Round(value, maxDecimals, MidpointRounding.AwayFromZero);
        var decimals = Math.Min(maxDecimals, DecimalPlaces(rounded));
        return rounded.ToString("N" + decimals, Culture);
    }

    public static string Percent(decimal value, int decimals = 2) => Number(value, decimals) + "%";

    /// <summary>A target as reports print it: 19,29; the range 80–90; the predikat BB; "-" when there is none.</summary>
    public static string Target(Capaian.Target? target) => target switch
    {
        null => "-",
        { Kind: Capaian.TargetKind.Predikat } => target.Grade ?? "-",
        { Kind: Capaian.TargetKind.Range } => $"{Figure(target.Low ?? 0m)}–{Figure(target.High ?? 0m)}",
        _ => target.Low is { } low ? Figure(low) : "-",
    };

    public static string Rupiah(decimal value) => "Rp" + Number(value, 0);

    public static string MonthName(int month) => MonthNames[month - 1];

    /// <summary>The three-letter month used on chart axes: Jan, Feb, ..., Agu, ..., Des.</summary>
    public static string MonthShortName(int month) => MonthNames[month - 1][..3];

    public static string MonthYear(int year, int month) => $"{MonthName(month)} {year.ToString(Culture)}";

    public static string Date(DateOnly date) =>
        $"{date.Day.ToString(Culture)} {MonthName(date.Month)} {date.Year.ToString(Culture)}";

    /// <summary>A moment as people in the office read it: "6 Mei 2026 pukul 09:15 WITA".</summary>
    public static string Moment(DateTimeOffset when) =>
        Date(DateOnly.FromDateTime(when.DateTime)) + " pukul "
        + when.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture) + " " + Zone(when.Offset);

    /// <summary>WIB, WITA or WIT for Indonesia's zones, else the offset.</summary>
    public static string Zone(TimeSpan offset) => offset.TotalHours switch
    {
        7 => "WIB",
        8 => "WITA",
        9 => "WIT",
        _ => "UTC" + (offset < TimeSpan.Zero ? "-" : "+")
            + offset.ToString(@"hh\:mm", System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>The month number (1-12) of an Indonesian month name, or null.</summary>
    public static int? ParseMonth(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var index = Array.FindIndex(MonthNames, m => string.Equals(m, text.Trim(), StringComparison.OrdinalIgnoreCase));
        return index < 0 ? null : index + 1;
    }

    private static int DecimalPlaces(decimal value)
    {
        var normalized = value / 1.0000000000000000000000000000m;
        return BitConverter.GetBytes(decimal.GetBits(normalized)[3])[2];
    }

    private static CultureInfo BuildCulture()
    {
        // Built by hand so output does not depend on the ICU data of the machine.
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.NumberFormat.NumberDecimalSeparator = ",";
        culture.NumberFormat.NumberGroupSeparator = ".";
        culture.NumberFormat.PercentDecimalSeparator = ",";
        culture.NumberFormat.PercentGroupSeparator = ".";
        return CultureInfo.ReadOnly(culture);
    }
}
