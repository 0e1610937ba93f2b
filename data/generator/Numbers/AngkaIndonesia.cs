using System.Globalization;

namespace SakipAnalytics.DataGenerator.Numbers;

/// <summary>Numbers as Indonesian offices type them: <c>1.234.567,89</c>, <c>95,5</c>.</summary>
public static class AngkaIndonesia
{
    private static readonly NumberFormatInfo Format = NumberFormatInfo.ReadOnly(new NumberFormatInfo
    {
        NumberGroupSeparator = ".",
        NumberDecimalSeparator = ",",
        NegativeSign = "-",
    });

    /// <summary>Trailing zeros dropped: 95,5 and 1.187.</summary>
    public static string Text(decimal value) => value.ToString("#,##0.##########", Format);

    /// <summary>A fixed count of decimals: 102,00 and 1.234.567,89.</summary>
    public static string Text(decimal value, int decimals) =>
        Rounding.HalfUp(value, decimals).ToString("#,##0." + new string('0', decimals), Format);

    public static string Percent(decimal value) => Text(value) + "%";
}
