using SakipAnalytics.DataGenerator.Delimited;
using SakipAnalytics.DataGenerator.Office;
using SakipAnalytics.DataGenerator.Output;
using SakipAnalytics.DataGenerator.Periods;
using SakipAnalytics.DataGenerator.Plants;
using SakipAnalytics.DataGenerator.Spreadsheet;

namespace SakipAnalytics.DataGenerator.Capaian;

/// <summary>Writes the Dinas's yearly IKU files and every unit's monthly capaian files.</summary>
public sealed class CapaianFiles(CapaianReportBuilder builder)
{
    public void WriteTo(OutputFolder output, PlantLog log)
    {
        ArgumentNullException.ThrowIfNull(output);

        foreach (var year in CoveredPeriods.DinasIkuYears)
            Write(output, builder.Dinas(year), CapaianSenders.For("DINSOS"), log);

        foreach (var unit in Kantor.ReportingUnits)
        {
            foreach (var periode in CoveredPeriods.Monthly)
                Write(output, builder.Unit(unit, periode), CapaianSenders.For(unit.Kode), log);
        }
    }

    private static void Write(OutputFolder output, CapaianReport report, CapaianSender sender, PlantLog log)
    {
        var fileName = sender.FileName(report.Periode);
        var sent = CapaianColumnPlant.Apply(report, fileName, log);
        var sheet = CapaianLayout.ToSheet(sent, sender.NumbersAsText(report.Periode));
        output.Write(OutputFolder.Capaian, fileName, Encode(sheet, sender));
    }

    private static byte[] Encode(Sheet sheet, CapaianSender sender) => sender.Format switch
    {
        SenderFormat.SemicolonCsv => CsvWriter.Write(sheet, CsvDialect.SemicolonBomCrlf),
        SenderFormat.CommaCsv => CsvWriter.Write(sheet, CsvDialect.CommaLf),
        _ => XlsxWriter.Write([sheet], sender.Strings),
    };
}
