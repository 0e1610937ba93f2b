using SakipAnalytics.Dashboards.Charts;

namespace SakipAnalytics.Dashboards.Tests.Charts;

public sealed class AxisLabelsTests
{
    [Fact]
    public void Wrap_UnitName_BreaksAtSpacesWithinTheLineLength()
    {
        var wrapped = AxisLabels.Wrap("UPTD Panti Sosial Tresna Werdha Budi Sejahtera", 24);

        Assert.Equal("UPTD Panti Sosial Tresna\nWerdha Budi Sejahtera", wrapped);
    }

    [Fact]
    public void Wrap_NameLongerThanThreeLines_EndsTheThirdWithAnEllipsis()
    {
        var wrapped = AxisLabels.Wrap(string.Join(' ', Enumerable.Repeat("Rehabilitasi", 12)), 24);

        Assert.Equal("Rehabilitasi\nRehabilitasi\nRehabilitasi…", wrapped);
    }

    [Fact]
    public void Wrap_WordWithoutSpaces_IsCutIntoLines()
    {
        var wrapped = AxisLabels.Wrap(new string('x', 60), 24);

        Assert.Equal($"{new string('x', 24)}\n{new string('x', 24)}\n{new string('x', 12)}", wrapped);
    }
}
