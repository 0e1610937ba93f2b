using SakipAnalytics.Ingest.Parsing;

namespace SakipAnalytics.Ingest.Tests.Parsing;

public sealed class IndonesianNumberTests
{
    [Theory]
    [InlineData("1.234.567,89", "1234567.89")]
    [InlineData("95,5", "95.5")]
    [InlineData("95,5%", "95.5")]
    [InlineData("Rp 1.250.000", "1250000")]
    [InlineData("Rp. 1.250.000,00", "1250000.00")]
    [InlineData("-7,42", "-7.42")]
    [InlineData("1.260", "1260")]
    public void ReadText_IndonesianNumber_GivesTheExactDecimal(string text, string expected)
    {
        var reading = IndonesianNumber.ReadText(text);

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), reading.Value);
    }

    [Theory]
    [InlineData("-")]
    [InlineData("")]
    [InlineData("  ")]
    public void ReadText_DashOrBlank_IsNoValueButValid(string text)
    {
        var reading = IndonesianNumber.ReadText(text);

        Assert.True(reading.IsValid);
        Assert.Null(reading.Value);
    }

    [Theory]
    [InlineData("94.36")]
    [InlineData("sembilan")]
    [InlineData("12,5,3")]
    [InlineData("n/a")]
    public void ReadText_NotAnIndonesianNumber_IsInvalidRatherThanGuessed(string text)
    {
        var reading = IndonesianNumber.ReadText(text);

        Assert.False(reading.IsValid);
    }

    [Fact]
    public void Read_SpreadsheetDouble_KeepsTheTypedDecimals()
    {
        var reading = IndonesianNumber.Read(94.36d);

        Assert.Equal(94.36m, reading.Value);
    }
}
