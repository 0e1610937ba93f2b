using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Capaian;
using SakipAnalytics.Model.Formatting;

namespace SakipAnalytics.Reports.Lkjip;

/// <summary>How capaian was measured, and the settings the figures depend on, as the report must state them.</summary>
internal static class MeasurementMethod
{
    public const string Formulas =
        "Capaian kinerja diukur dengan membandingkan realisasi terhadap target setiap indikator. Untuk indikator "
        + "berpolaritas positif, capaian = realisasi / target × 100%; untuk indikator berpolaritas negatif (semakin "
        + "rendah realisasi semakin baik), capaian = (2 × target − realisasi) / target × 100%; untuk target berupa "
        + "predikat, realisasi yang sama dengan atau lebih baik daripada target bernilai 100%.";

    public static string Settings(AnalysisSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);

        return $"Dalam laporan ini capaian {Cap(settings.Cap)}. "
            + $"Kategori capaian mengikuti {ScaleName(settings.Bands)}: {Bands(settings.Bands)}. "
            + $"Efisiensi penggunaan anggaran disajikan dengan bacaan utama {EfficiencyReadings.Label(settings.Efficiency)}, "
            + "diikuti bacaan lainnya.";
    }

    private static string Cap(CapSetting cap) => cap.Ceiling is { } ceiling
        ? $"disajikan dengan batas paling tinggi {IndonesianFormat.Figure(ceiling)}%, "
          + "sedangkan nilai sebelum pembatasan tetap disimpan"
        : "disajikan tanpa batas atas";

    private static string ScaleName(BandScale bands) => bands == BandScale.Permendagri86
        ? "Permendagri Nomor 86 Tahun 2017"
        : "skala yang ditetapkan dalam pengaturan";

    private static string Bands(BandScale bands) => IndonesianList.Join(
    [
        $"≥\u00A0{IndonesianFormat.Figure(bands.SangatTinggi)} Sangat Tinggi",
        $"≥\u00A0{IndonesianFormat.Figure(bands.Tinggi)} Tinggi",
        $"≥\u00A0{IndonesianFormat.Figure(bands.Sedang)} Sedang",
        $"≥\u00A0{IndonesianFormat.Figure(bands.Rendah)} Rendah",
        $"<\u00A0{IndonesianFormat.Figure(bands.Rendah)} Sangat Rendah",
    ]);
}
