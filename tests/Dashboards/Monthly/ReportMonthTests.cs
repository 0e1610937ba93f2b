using SakipAnalytics.Dashboards.Monthly;

namespace SakipAnalytics.Dashboards.Tests.Monthly;

public sealed class ReportMonthTests
{
    [Fact]
    public void FolderName_SingleDigitMonth_IsPadded()
    {
        var month = new ReportMonth(2026, 3);

        var name = month.FolderName;

        Assert.Equal("2026-03", name);
    }

    [Theory]
    [InlineData("2026-13")]
    [InlineData("assets")]
    [InlineData("2026-1")]
    public void FromFolderName_NotAMonth_ReturnsNull(string name)
    {
        var month = ReportMonth.FromFolderName(name);

        Assert.Null(month);
    }

    [Fact]
    public void FromFolderName_MonthFolder_ReadsYearMonthAndLabel()
    {
        var month = ReportMonth.FromFolderName("2026-08");

        Assert.Equal(new ReportMonth(2026, 8), month);
        Assert.Equal("Agustus 2026", month!.Label);
    }
}
