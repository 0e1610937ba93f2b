using System.Globalization;
using System.Text.RegularExpressions;
using SakipAnalytics.Model.Capaian;
using SakipAnalytics.Model.Formatting;

namespace SakipAnalytics.Reports.Lkjip;

/// <summary>
/// A PK target as the reference workbook holds it, printed the Indonesian way. A number cell
/// reaches the store as invariant text ("20.5"), a typed cell as the planner wrote it ("20,5",
/// "80-90", "BB"); only the first needs formatting.
/// </summary>
internal static partial class AgreementTargetText
{
    /// <summary>"20,5", "1.250", "80–90" or "BB"; "-" when there is no target.</summary>
    public static string Of(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return ValueText.Missing;

        var trimmed = text.Trim();
        if (Predikat.IsGrade(trimmed))
            return trimmed.ToUpperInvariant();
        if (RangePattern().Match(trimmed) is { Success: true } range)
            return $"{Of(range.Groups["low"].Value)}–{Of(range.Groups["high"].Value)}";

        return FromNumberCell(trimmed) is { } value ? IndonesianFormat.Figure(value) : trimmed;
    }

    /// <summary>The target in running text: "20,5%", "40 lembaga" or "predikat BB".</summary>
    public static string WithSatuan(string? text, string satuan)
    {
        ArgumentNullException.ThrowIfNull(satuan);

        var shown = Of(text);
        return text is not null && Predikat.IsGrade(text) ? $"predikat {shown}" : ValueText.WithSatuan(shown, satuan);
    }

    // Dots in groups of three are how planners type thousands ("1.250"), so such text is left as written.
    private static decimal? FromNumberCell(string text) =>
        InvariantNumber().IsMatch(text) && !IndonesianThousands().IsMatch(text)
            ? decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture)
            : null;

    [GeneratedRegex(@"^-?\d+(\.\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex InvariantNumber();

    [GeneratedRegex(@"^-?\d{1,3}(\.\d{3})+$", RegexOptions.CultureInvariant)]
    private static partial Regex IndonesianThousands();

    [GeneratedRegex(@"^(?<low>[\d.,]+)\s*(-|–|s\.?d\.?)\s*(?<high>[\d.,]+)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RangePattern();
}
