using SakipAnalytics.Reports.Lkjip;

namespace SakipAnalytics.Reports.Tests.Lkjip;

public sealed class TrendFigureTests
{
    [Fact]
    public void Of_NumericSeries_KeepsTheChartAspectForTheTextWidth()
    {
        var figure = TrendFigure.Of(SampleSeries.Iku01());

        Assert.Equal(0.5625m, figure.HeightRatio);
    }

    [Fact]
    public void Of_NumericSeries_TitlesWithCodeNameAndYears()
    {
        var figure = TrendFigure.Of(SampleSeries.Iku01());

        Assert.Equal("Target dan Realisasi IKU.01 Persentase PPKS Tahun 2021–2024", figure.Title);
    }

    [Fact]
    public void Of_NumericSeries_AltTextCarriesEveryYear()
    {
        var figure = TrendFigure.Of(SampleSeries.Iku01());

        Assert.Equal("Grafik batang target dan realisasi IKU.01 Persentase PPKS (%) tahun 2021–2024. "
            + "2021: target 16, realisasi 16,4; 2022: target 17, realisasi 17,2; 2023: target 18, realisasi 18,5; "
            + "2024: target 19,29, realisasi 22. Target akhir Renstra 25.", figure.AltText);
    }
}
