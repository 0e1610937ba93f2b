using System.Globalization;
using SakipAnalytics.DataGenerator.Delimited;
using SakipAnalytics.DataGenerator.Output;
using SakipAnalytics.DataGenerator.Periods;
using SakipAnalytics.DataGenerator.Plants;
using SakipAnalytics.DataGenerator.Randomness;

namespace SakipAnalytics.DataGenerator.Anggaran;

/// <summary>Writes the LRA export for every covered month.</summary>
public sealed class LraFiles(LraStatementBuilder builder)
{
    public void WriteTo(OutputFolder output, PlantLog log)
    {
        ArgumentNullException.ThrowIfNull(output);

        foreach (var periode in CoveredPeriods.Monthly)
        {
            var statement = builder.Build(periode, LraParentPlant.For(periode));
            var fileName = LraSenders.FileName(periode);
            LraParentPlant.Record(statement, fileName, log);

            var day = new SeededRandom($"lra|{periode.Year}|{periode.Bulan.ToString(CultureInfo.InvariantCulture)}").Next(7, 13);
            output.Write(OutputFolder.Anggaran, fileName, CsvWriter.Write(LraLayout.ToSheet(statement, day), CsvDialect.SemicolonBomCrlf));
        }
    }
}
