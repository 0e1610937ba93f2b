using SakipAnalytics.DataGenerator.Output;
using SakipAnalytics.DataGenerator.Periods;
using SakipAnalytics.DataGenerator.Plants;
using SakipAnalytics.DataGenerator.Spreadsheet;

namespace SakipAnalytics.DataGenerator.Emonev;

/// <summary>Writes the e-Monev RFK workbook for every covered month.</summary>
public sealed class RfkFiles(RfkReportBuilder builder)
{
    public void WriteTo(OutputFolder output, PlantLog log)
    {
        ArgumentNullException.ThrowIfNull(output);

        foreach (var periode in CoveredPeriods.Monthly)
        {
            var fileName = FileName(periode);
            var report = EmonevSpendingPlant.Apply(builder.Build(periode), builder, fileName, log);
            output.Write(OutputFolder.Emonev, fileName, XlsxWriter.Write([RfkLayout.ToSheet(report)], StringStorage.Inline));
        }
    }

    private static string FileName(Periode periode) => periode.Tahun switch
    {
        >= 2026 => $"RFK Dinsos Kalsel {periode.Label}.xlsx",
        2025 => $"e-Monev RFK {periode.Year}-{periode.TwoDigitMonth}.xlsx",
        _ => $"RFK Dinas Sosial {periode.Label}.xlsx",
    };
}
