using SakipAnalytics.Model.Formatting;

namespace SakipAnalytics.Reports.Lkjip;

/// <summary>Optional figures as Bab III prints them, in Indonesian formats.</summary>
internal static class FigureText
{
    /// <summary>A value with up to two decimals (19,29; 100), or "-".</summary>
    public static string Of(decimal? value) => value is { } v ? IndonesianFormat.Figure(v) : ValueText.Missing;

    /// <summary>A value or, failing that, its predikat; "-" when there is neither.</summary>
    public static string Of(decimal? value, string? grade) => value is null && grade is not null ? grade : Of(value);

    /// <summary>A difference with its sign as the text writes it (+5,04; -0,64; 0), or "-".</summary>
    public static string Signed(decimal? value) => value switch
    {
        null => ValueText.Missing,
        > 0 => "+" + IndonesianFormat.Figure(value.Value),
        _ => IndonesianFormat.Figure(value.Value),
    };

    /// <summary>A percentage or capaian with exactly two decimals (98,15), or "-".</summary>
    public static string Percent(decimal? value) => value is { } v ? IndonesianFormat.Number(v) : ValueText.Missing;

    /// <summary>Rupiah without the symbol, for table columns headed "(Rp)".</summary>
    public static string Money(decimal? value) => value is { } v ? IndonesianFormat.Number(v, 0) : ValueText.Missing;

    /// <summary>A difference with its unit as running text says it: "1,2 poin persen" or "15 orang".</summary>
    public static string Amount(decimal value, string satuan) => ValueText.IsPercent(satuan)
        ? $"{IndonesianFormat.Figure(value)} poin persen"
        : ValueText.WithSatuan(IndonesianFormat.Figure(value), satuan);
}
