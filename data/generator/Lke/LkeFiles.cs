using SakipAnalytics.DataGenerator.Office;
using SakipAnalytics.DataGenerator.Output;
using SakipAnalytics.DataGenerator.Periods;
using SakipAnalytics.DataGenerator.Plants;
using SakipAnalytics.DataGenerator.Spreadsheet;

namespace SakipAnalytics.DataGenerator.Lke;

/// <summary>Writes the evaluated LKE worksheet of each unit for each evaluated year.</summary>
public static class LkeFiles
{
    public static void WriteTo(OutputFolder output, PlantLog log)
    {
        ArgumentNullException.ThrowIfNull(output);

        foreach (var year in CoveredPeriods.LkeYears)
        {
            foreach (var unit in Kantor.ReportingUnits)
            {
                var fileName = FileName(unit, year);
                var worksheet = LkeSubtotalPlant.Apply(LkeEvaluator.Evaluate(unit, year), fileName, log);
                output.Write(OutputFolder.Lke, fileName, XlsxWriter.Write([LkeLayout.ToSheet(worksheet)], StringStorage.Shared));
            }
        }
    }

    private static string FileName(UnitKerja unit, int year) =>
        year == 2024 ? $"LKE {year} {unit.Kode}.xlsx" : $"Hasil Evaluasi LKE {unit.Kode} Tahun {year}.xlsx";
}
