using SakipAnalytics.Model.Capaian;
using SakipAnalytics.Model.Formatting;

namespace SakipAnalytics.Dashboards.Html;

/// <summary>The analysis settings in words, so the page states which ones its figures follow.</summary>
internal static class SettingsText
{
    public static string Cap(CapSetting cap) =>
        cap.Ceiling is { } ceiling ? $"capaian dibatasi {IndonesianFormat.Figure(ceiling)}%" : "capaian tanpa batas atas";

    public static string Bands(BandScale bands) =>
        $"≥ {Figure(bands.SangatTinggi)} Sangat Tinggi, ≥ {Figure(bands.Tinggi)} Tinggi, " +
        $"≥ {Figure(bands.Sedang)} Sedang, ≥ {Figure(bands.Rendah)} Rendah, di bawahnya Sangat Rendah";

    private static string Figure(decimal value) => IndonesianFormat.Figure(value);
}
