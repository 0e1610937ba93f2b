using SakipAnalytics.DataGenerator.Scale;

namespace SakipAnalytics.DataGenerator.Office;

/// <summary>
/// The model office, Dinas Sosial Provinsi Kalimantan Selatan: its units, objectives, indicators
/// and sub-activities. Codes and names are the office's structure and stay fixed; a benchmark
/// office shares the structure under its own name.
/// </summary>
public static partial class Kantor
{
    public static string Nama => DataSetScope.Current.Office.Nama;

    public static UnitKerja Unit(string kode) => Units.Single(u => u.Kode == kode);

    public static Indikator Indikator(string kode) => Indicators.Single(i => i.Kode == kode);

    public static IReadOnlyList<Indikator> IndicatorsOf(UnitKerja unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return [.. Indicators.Where(i => i.UnitKode == unit.Kode)];
    }

    /// <summary>The ten units that report monthly (everything but the Dinas).</summary>
    public static IReadOnlyList<UnitKerja> ReportingUnits => [.. Units.Where(u => !u.IsDinas)];
}
