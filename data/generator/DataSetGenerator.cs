using SakipAnalytics.DataGenerator.Anggaran;
using SakipAnalytics.DataGenerator.Capaian;
using SakipAnalytics.DataGenerator.Emonev;
using SakipAnalytics.DataGenerator.Lke;
using SakipAnalytics.DataGenerator.Output;
using SakipAnalytics.DataGenerator.Plants;
using SakipAnalytics.DataGenerator.Readme;
using SakipAnalytics.DataGenerator.Referensi;
using SakipAnalytics.DataGenerator.Targets;

namespace SakipAnalytics.DataGenerator;

/// <summary>
/// Generates the whole data set into one folder. The budget comes first because the PK's pagu,
/// the absorption indicator, the LRA and the e-Monev all read it.
/// </summary>
public sealed class DataSetGenerator(string root)
{
    public string Run()
    {
        var output = new OutputFolder(root);
        output.Prepare();

        var pagu = new PaguPlan();
        var ledger = new BudgetLedger(pagu);
        var pk = new PerjanjianKinerja(pagu);
        var rencanaAksi = new RencanaAksi(pk);
        var log = new PlantLog();

        new ReferensiWorkbook(pk, rencanaAksi).WriteTo(output);
        new CapaianFiles(new CapaianReportBuilder(pk, new RealisasiSeries(rencanaAksi, ledger))).WriteTo(output, log);
        new LraFiles(new LraStatementBuilder(ledger)).WriteTo(output, log);
        new RfkFiles(new RfkReportBuilder(ledger, new PhysicalProgress())).WriteTo(output, log);
        LkeFiles.WriteTo(output, log);

        DataSetReadme.Write(output, log);
        return output.Summary();
    }
}
