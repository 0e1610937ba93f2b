using SakipAnalytics.Reports.Exports;

namespace SakipAnalytics.Reports.Tests.Exports;

public sealed class PrintedNumberTests
{
    [Theory]
    [InlineData("1.234.567", "1234567", 0)]
    [InlineData("98,15", "98.15", 2)]
    [InlineData("-0,41", "-0.41", 2)]
    [InlineData("17,5", "17.5", 1)]
    public void TryParse_IndonesianFigure_GivesItsValueAndDecimals(string text, string value, int decimals)
    {
        var parsed = PrintedNumber.TryParse(text, out var number, out var places);

        Assert.Equal((true, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), decimals), (parsed, number, places));
    }

    [Theory]
    [InlineData("1.06.01")]
    [InlineData("2025")]
    [InlineData("2020 (kondisi awal)")]
    [InlineData("BB")]
    [InlineData("-")]
    public void TryParse_CodeYearOrWords_StaysText(string text)
    {
        Assert.False(PrintedNumber.TryParse(text, out _, out _));
    }
}
