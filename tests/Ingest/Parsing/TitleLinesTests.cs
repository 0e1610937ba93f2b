using SakipAnalytics.Ingest.Parsing;

namespace SakipAnalytics.Ingest.Tests.Parsing;

public sealed class TitleLinesTests
{
    [Theory]
    [InlineData("Bulan : Maret 2026", 2026, 3)]
    [InlineData("Bulan : Maret   Tahun Anggaran : 2026", 2026, 3)]
    [InlineData("Periode : 1 Januari 2026 s.d. 31 Maret 2026", 2026, 3)]
    [InlineData("BULAN : DESEMBER 2025", 2025, 12)]
    public void Period_KnownForms_GiveYearAndMonth(string line, int year, int month)
    {
        var period = TitleLines.Period(line);

        Assert.Equal((year, month), period);
    }

    [Theory]
    [InlineData("Bulan : Marchh 2026")]
    [InlineData("Bulan : 2026")]
    public void Period_UnreadableMonth_IsNull(string line)
    {
        Assert.Null(TitleLines.Period(line));
        Assert.True(TitleLines.MentionsPeriod(line));
    }

    [Fact]
    public void Unit_TitleLine_GivesTheName()
    {
        Assert.Equal("UPTD Panti Sosial Mulia Satria", TitleLines.Unit("Unit Kerja : UPTD Panti Sosial Mulia Satria"));
    }
}
