using SakipAnalytics.Model.Capaian;

namespace SakipAnalytics.Model.Tests.Capaian;

public sealed class BandScaleTests
{
    [Theory]
    [InlineData("91", InterpretationBand.SangatTinggi)]
    [InlineData("90.99", InterpretationBand.Tinggi)]
    [InlineData("90.995", InterpretationBand.SangatTinggi)]
    [InlineData("76", InterpretationBand.Tinggi)]
    [InlineData("75.99", InterpretationBand.Sedang)]
    [InlineData("66", InterpretationBand.Sedang)]
    [InlineData("51", InterpretationBand.Rendah)]
    [InlineData("50.99", InterpretationBand.SangatRendah)]
    public void Classify_Permendagri86Edges_FollowThePrintedFigure(string capaian, InterpretationBand expected)
    {
        var band = BandScale.Permendagri86.Classify(decimal.Parse(capaian, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, band);
    }

    [Fact]
    public void Label_SangatTinggi_IsTheIndonesianName()
    {
        Assert.Equal("Sangat Tinggi", BandScale.Label(InterpretationBand.SangatTinggi));
    }
}
