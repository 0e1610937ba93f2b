using System.Text.RegularExpressions;
using SakipAnalytics.Model.Capaian;

namespace SakipAnalytics.Ingest.Parsing;

/// <summary>Reads a target cell: a number, a range (<c>80-90</c>, <c>80 s.d. 90</c>) or a predikat (<c>BB</c>).</summary>
public static partial class TargetText
{
    public const string Expected =
        "angka tidak negatif (19,29), rentang (80-90) atau predikat (AA, A, BB, B, CC, C, D)";

    /// <summary>
    /// The target, null for an empty cell; false when the cell is none of the three shapes. A target
    /// below zero is refused: no capaian formula gives a meaningful figure against it.
    /// </summary>
    public static bool TryRead(object? cell, out Target? target)
    {
        target = null;
        if (cell is string text && Predikat.IsGrade(text))
        {
            target = Target.OfGrade(text);
            return true;
        }

        if (cell is string rangeText && RangePattern().Match(rangeText.Trim()) is { Success: true } match)
            return TryRange(match, out target);

        var number = IndonesianNumber.Read(cell);
        target = number.Value is { } value ? Target.Number(value) : null;
        return number.IsValid && number.Value is not < 0m;
    }

    private static bool TryRange(Match match, out Target? target)
    {
        var low = IndonesianNumber.ReadText(match.Groups["low"].Value);
        var high = IndonesianNumber.ReadText(match.Groups["high"].Value);
        target = low.Value is { } l && high.Value is { } h && l <= h ? Target.Range(l, h) : null;
        return target is not null;
    }

    [GeneratedRegex(
        @"^(?<low>[\d.,]+)\s*(-|–|s\.?d\.?)\s*(?<high>[\d.,]+)\s*%?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RangePattern();
}
