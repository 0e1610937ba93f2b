using SakipAnalytics.Model.Formatting;

namespace SakipAnalytics.Model.Tests.Formatting;

public sealed class IndonesianFormatTests
{
    [Fact]
    public void Number_LargeAmount_UsesDotsForThousandsAndCommaForDecimals()
    {
        Assert.Equal("1.234.567,89", IndonesianFormat.Number(1234567.885m));
    }

    [Fact]
    public void Number_HalfwayValue_RoundsHalfUp()
    {
        Assert.Equal("79,75", IndonesianFormat.Number(79.745m));
    }

    [Fact]
    public void Figure_WholeNumber_DropsTrailingZeros()
    {
        Assert.Equal("22", IndonesianFormat.Figure(22.0000m));
        Assert.Equal("6,17", IndonesianFormat.Figure(6.1700m));
    }

    [Fact]
    public void Rupiah_Amount_IsPrefixedAndGrouped()
    {
        Assert.Equal("Rp1.250.000", IndonesianFormat.Rupiah(1250000m));
    }

    [Fact]
    public void MonthYear_October_IsIndonesian()
    {
        Assert.Equal("Oktober 2026", IndonesianFormat.MonthYear(2026, 10));
        Assert.Equal(3, IndonesianFormat.ParseMonth("maret"));
        Assert.Equal("Agu", IndonesianFormat.MonthShortName(8));
    }
}
