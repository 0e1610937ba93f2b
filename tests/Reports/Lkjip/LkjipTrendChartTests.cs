using SakipAnalytics.Dashboards.Charts;
using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Capaian;

namespace SakipAnalytics.Reports.Tests.Lkjip;

// TODO(dashboards): these belong in tests/Dashboards/Charts - they stay here while the LKjIP owns the chart.
public sealed class LkjipTrendChartTests
{
    [Fact]
    public void Build_NumericSeries_LabelsYearsAsPlainYears()
    {
        using var plot = LkjipTrendChart.Build(SampleSeries.Iku01());

        using var rendered = plot.GetImage(800, 450);
        var labels = plot.Axes.Bottom.TickGenerator.Ticks.Select(t => t.Label).ToList();

        Assert.Equal(["2021", "2022", "2023", "2024"], labels);
    }

    [Fact]
    public void Build_NumericSeries_TitlesWithCodeAndLabelsSatuan()
    {
        using var plot = LkjipTrendChart.Build(SampleSeries.Iku01());

        Assert.Equal("IKU.01: Target dan Realisasi", plot.Axes.Title.Label.Text);
        Assert.Equal("%", plot.Axes.Left.Label.Text);
    }

    [Fact]
    public void RenderPng_NumericSeries_DrawsText()
    {
        var withText = LkjipTrendChart.RenderPng(SampleSeries.Iku01());

        var withLessText = LkjipTrendChart.RenderPng(SampleSeries.Iku01() with { Code = string.Empty });

        // Without a usable font ScottPlot draws no text and says nothing: the code in the title must show.
        Assert.NotEqual(withText, withLessText);
    }

    [Fact]
    public void CanDraw_PredikatSeries_IsFalse()
    {
        var graded = new YearPoint(2024, Target.OfGrade("BB"), Realisasi.OfGrade("BB"));
        var series = SampleSeries.Iku01() with { Points = [graded] };

        var drawable = LkjipTrendChart.CanDraw(series);

        Assert.False(drawable);
    }
}
