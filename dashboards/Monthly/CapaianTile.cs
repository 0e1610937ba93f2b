using SakipAnalytics.Dashboards.Html;
using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Capaian;
using SakipAnalytics.Model.Formatting;

namespace SakipAnalytics.Dashboards.Monthly;

/// <summary>The mean displayed capaian of every computable indicator, under the cap setting.</summary>
internal static class CapaianTile
{
    public const string Key = "mean-capaian";

    private const string Label = "Rata-rata capaian";

    public static Tile For(DashboardFacts facts)
    {
        var cap = facts.Settings.Cap;
        var values = facts.Indicators.Select(i => i.Capaian.Displayed(cap)).OfType<decimal>().ToList();

        return values.Count == 0 ? NoData() : Mean(values, facts.Indicators.Count - values.Count, facts.Settings);
    }

    private static Tile NoData() => new(Key, Label, FigureText.Missing,
        "Belum ada indikator yang capaiannya dapat dihitung", "tidak ada data", Tone.Neutral);

    private static Tile Mean(List<decimal> values, int skipped, AnalysisSettings settings)
    {
        var mean = values.Sum() / values.Count;
        var formula = $"{Html.CapaianFormula.Mean(values)}; {SettingsText.Cap(settings.Cap)}; "
            + $"{skipped} indikator tidak dapat dihitung dan tidak ikut dirata-rata";

        var band = BandScale.Label(settings.Bands.Classify(mean));
        var caption = $"kategori {band}; {values.Count} dari {values.Count + skipped} indikator terhitung";
        var tone = BandTone.Of(settings.Bands.Classify(mean));
        return new Tile(Key, Label, IndonesianFormat.Percent(mean), formula, caption, tone);
    }
}
