using SakipAnalytics.DataGenerator.Numbers;
using SakipAnalytics.DataGenerator.Plants;

namespace SakipAnalytics.DataGenerator.Emonev;

/// <summary>
/// Plant (c): in one month the e-Monev operator entered a sub kegiatan's spending before the last
/// SP2D of the month, so it reports less than the LRA.
/// </summary>
public static class EmonevSpendingPlant
{
    public static RfkReport Apply(RfkReport report, RfkReportBuilder builder, string fileName, PlantLog log)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(log);

        var (periode, kode, maxAmount) = Planted.EmonevSpending;
        if (report.Periode != periode)
            return report;

        var index = report.Rows.ToList().FindIndex(r => r.Sub.Kode == kode);
        var row = report.Rows[index];

        // Less than the month's own spending, so the e-Monev figure still grows month on month.
        var missing = Math.Min(maxAmount, Math.Floor(builder.SpentInMonth(row.Sub, periode) * 0.4m / 50_000m) * 50_000m);
        var shown = row with { RealisasiKeuangan = row.RealisasiKeuangan - missing };
        log.Add(Note(row, shown, missing, fileName, report, RfkLayout.FirstDataRow + index));
        return report with { Rows = [.. report.Rows.Select(r => r == row ? shown : r)] };
    }

    private static PlantedNote Note(RfkRow lra, RfkRow shown, decimal missing, string fileName, RfkReport report, int excelRow) => new(
        'c',
        "e-Monev spending that differs from the LRA",
        "emonev/" + fileName,
        "RFK " + report.Periode.NamaBulan,
        excelRow,
        "H (Realisasi Keuangan (Rp)); I (%) follows it",
        $"Sub kegiatan {lra.Sub.Kode}: e-Monev says {AngkaIndonesia.Text(shown.RealisasiKeuangan, 2)} " +
        $"({AngkaIndonesia.Text(shown.RealisasiKeuanganPersen, 2)}%), the LRA of the same month says " +
        $"{AngkaIndonesia.Text(lra.RealisasiKeuangan, 2)} on its sub kegiatan row; e-Monev is short by " +
        $"{AngkaIndonesia.Text(missing, 2)}. The e-Monev JUMLAH row is summed from the rows as shown.");
}
