using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Capaian;
using SakipAnalytics.Model.Formatting;

namespace SakipAnalytics.Reports.Lkjip;

/// <summary>
/// Targets, realisasi and capaian as the LKjIP prints them; every figure goes through
/// <see cref="IndonesianFormat"/>.
/// </summary>
internal static class ValueText
{
    /// <summary>What a table cell shows when there is no value.</summary>
    public const string Missing = "-";

    public static string Of(Target? target) => IndonesianFormat.Target(target);

    public static string Of(Realisasi? realisasi) => realisasi switch
    {
        { Grade: { } grade } => grade,
        { Value: { } value } => IndonesianFormat.Figure(value),
        _ => Missing,
    };

    /// <summary>The displayed capaian with two decimals (114,05), or <see cref="Missing"/>.</summary>
    public static string Capaian(CapaianResult capaian, CapSetting cap) =>
        capaian.Displayed(cap) is { } value ? IndonesianFormat.Number(value) : Missing;

    /// <summary>The interpretation band's label (Sangat Tinggi, ...), or <see cref="Missing"/>.</summary>
    public static string Band(CapaianResult capaian, AnalysisSettings settings) =>
        settings.Band(capaian) is { } band ? BandScale.Label(band) : Missing;

    /// <summary>A figure with its unit as running text says it: "6,17%", "Rp18" or "1.250 orang".</summary>
    public static string WithSatuan(string figure, string satuan) => satuan.Trim() switch
    {
        "" => figure,
        _ when IsPercent(satuan) => figure + "%",
        _ when IsRupiah(satuan) => "Rp" + figure,
        var s => $"{figure} {s}",
    };

    /// <summary>Whether the indicator is measured in percent: "%", "persen" or "Persen (%)".</summary>
    public static bool IsPercent(string satuan) => SatuanKind.IsPercent(satuan);

    /// <summary>Whether the indicator is an amount of money: "Rp" or "rupiah".</summary>
    public static bool IsRupiah(string satuan) =>
        satuan.Trim() is var s
        && (s.Equals("Rp", StringComparison.OrdinalIgnoreCase) || s.Equals("rupiah", StringComparison.OrdinalIgnoreCase));
}
