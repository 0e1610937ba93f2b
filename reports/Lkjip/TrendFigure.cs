using SakipAnalytics.Dashboards.Charts;
using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Reports.Word;

namespace SakipAnalytics.Reports.Lkjip;

/// <summary>An IKU's trend chart with its caption title and an alternative text that carries the figures.</summary>
internal static class TrendFigure
{
    public static FigureImage Of(IndicatorSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);

        return new FigureImage(
            LkjipTrendChart.RenderPng(series),
            $"Grafik {series.Code}",
            $"Target dan Realisasi {series.Code} {series.Name} Tahun {Years(series)}",
            AltText(series),
            (decimal)LkjipTrendChart.Height / LkjipTrendChart.Width);
    }

    private static string AltText(IndicatorSeries series)
    {
        var points = series.Points.Select(p =>
            $"{p.Year}: target {ValueText.Of(p.Target)}, realisasi {ValueText.Of(p.Realisasi)}");
        var end = series.EndTarget is null ? string.Empty : $" Target akhir Renstra {ValueText.Of(series.EndTarget)}.";

        return $"Grafik batang target dan realisasi {series.Code} {series.Name} ({series.Satuan}) "
            + $"tahun {Years(series)}. {string.Join("; ", points)}.{end}";
    }

    private static string Years(IndicatorSeries series) =>
        series.Points.Count == 0 ? string.Empty : $"{series.Points[0].Year}–{series.Points[^1].Year}";
}
