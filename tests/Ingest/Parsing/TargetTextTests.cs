using SakipAnalytics.Ingest.Parsing;
using SakipAnalytics.Model.Capaian;

namespace SakipAnalytics.Ingest.Tests.Parsing;

public sealed class TargetTextTests
{
    [Fact]
    public void TryRead_Range_GivesBothBounds()
    {
        var ok = TargetText.TryRead("80-90", out var target);

        Assert.True(ok);
        Assert.Equal(Target.Range(80m, 90m), target);
    }

    [Fact]
    public void TryRead_Predikat_GivesTheGrade()
    {
        var ok = TargetText.TryRead("bb", out var target);

        Assert.True(ok);
        Assert.Equal(TargetKind.Predikat, target!.Kind);
        Assert.Equal("BB", target.Grade);
    }

    [Fact]
    public void TryRead_IndonesianNumberText_GivesTheNumber()
    {
        TargetText.TryRead("19,29", out var target);

        Assert.Equal(Target.Number(19.29m), target);
    }

    [Fact]
    public void TryRead_Words_IsRejected()
    {
        var ok = TargetText.TryRead("tinggi", out _);

        Assert.False(ok);
    }

    [Theory]
    [InlineData("-5")]
    [InlineData(-11.5)]
    public void TryRead_NegativeNumber_IsRejected(object cell)
    {
        var ok = TargetText.TryRead(cell, out _);

        Assert.False(ok);
    }
}
