using SakipAnalytics.DataGenerator.Numbers;
using SakipAnalytics.DataGenerator.Office;
using SakipAnalytics.DataGenerator.Plants;

namespace SakipAnalytics.DataGenerator.Capaian;

/// <summary>
/// Plant (a): in one month Rehsos computed its lower-is-better indicator with the higher-is-better
/// formula, so its capaian column does not follow from its own target and realisasi.
/// </summary>
public static class CapaianColumnPlant
{
    public static CapaianReport Apply(CapaianReport report, string fileName, PlantLog log)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(log);

        var (unit, periode, kode) = Planted.CapaianColumn;
        if (report.Unit.Kode != unit || report.Periode != periode)
            return report;

        var index = report.Rows.ToList().FindIndex(r => r.Indikator.Kode == kode);
        var row = report.Rows[index];
        var wrong = CapaianFormula.Rounded(Polaritas.Positif, row.TargetSdBulanIni.Number, row.RealisasiSdBulanIni.Number);
        log.Add(Note(row, wrong, fileName, CapaianLayout.FirstDataRow + index));

        var rows = report.Rows.Select(r => r == row ? r with { Capaian = wrong } : r).ToList();
        return report with { Rows = rows };
    }

    private static PlantedNote Note(CapaianRow row, decimal wrong, string fileName, int excelRow) => new(
        'a',
        "Capaian column that does not follow from the unit's own target and realisasi",
        "capaian/" + fileName,
        "Capaian",
        excelRow,
        CapaianLayout.CapaianColumn + " (Capaian (%))",
        $"{row.Indikator.Kode} is lower-is-better; Target s.d. Bulan Ini {AngkaIndonesia.Text(row.TargetSdBulanIni.Number)}, " +
        $"Realisasi s.d. Bulan Ini {AngkaIndonesia.Text(row.RealisasiSdBulanIni.Number)}. The file says " +
        $"{AngkaIndonesia.Text(wrong, 2)} (R/T x 100, the higher-is-better formula); (2T - R)/T x 100 gives " +
        $"{AngkaIndonesia.Text(row.Capaian, 2)}.");
}
