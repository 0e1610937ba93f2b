using System.Globalization;
using SakipAnalytics.DataGenerator.Spreadsheet;

namespace SakipAnalytics.DataGenerator.Targets;

/// <summary>A target or realisasi: a number, or a predikat such as <c>BB</c>.</summary>
public sealed record TargetValue(decimal? Angka, string? Predikat)
{
    public static TargetValue Parse(string text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
            ? new(number, null)
            : new(null, text);

    public static TargetValue Of(decimal number) => new(number, null);

    public decimal Number => Angka ?? throw new InvalidOperationException($"Target {Predikat} is a predikat, not a number.");

    public Cell ToCell() => Angka is { } number ? Cell.Number(number) : Cell.Text(Predikat!);
}
