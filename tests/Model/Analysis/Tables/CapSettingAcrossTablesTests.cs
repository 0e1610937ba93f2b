using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Analysis.Tables;
using SakipAnalytics.Model.Capaian;
using SakipAnalytics.Model.Tests.Fixtures;

namespace SakipAnalytics.Model.Tests.Analysis.Tables;

public sealed class CapSettingAcrossTablesTests : IDisposable
{
    private static readonly string[] SubjectColumns = ["kode_indikator", "kode_sasaran", "kode_unit", "kode", "jenis"];

    private readonly FactStore _facts = new FactStore().Unit("SEKRE").Unit("PSAA", "uptd");

    public CapSettingAcrossTablesTests()
    {
        _facts.Indicator("PSAA.01", "PSAA", "terakhir", sasaran: "S2").Pk(2026, "PSAA.01", "24")
            .Reported("PSAA", 2026, 3, "PSAA.01", 30m)
            .Indicator("SEK.01", "SEKRE", "terakhir").Pk(2026, "SEK.01", "24")
            .Reported("SEKRE", 2026, 3, "SEK.01", 18m)
            .Indicator("SEK.02", "SEKRE", "terakhir").Pk(2026, "SEK.02", "0")
            .Reported("SEKRE", 2026, 3, "SEK.02", 5m);
    }

    [Fact]
    public void CapHundred_ChangesOnlyTheShownCapaianOf30Against24From125To100()
    {
        var uncapped = Cells(AnalysisSettings.Default);
        var capped = Cells(AnalysisSettings.Default with { Cap = CapSetting.Parse("100") });

        var changed = uncapped.Where(c => capped[c.Key] != c.Value).ToList();

        Assert.All(changed, c => Assert.Equal(("125", "100"), (c.Value, capped[c.Key])));
        Assert.Equal(
            [
                "capaian_bulanan PSAA.01 capaian", "capaian_sasaran S2 capaian", "capaian_triwulan PSAA.01 capaian_sd_triwulan",
                "capaian_triwulan PSAA.01 capaian_triwulan", "kaskade PSAA.01 capaian", "kinerja_unit PSAA rata_rata_capaian",
                "peringatan_capaian PSAA.01 proyeksi_capaian",
            ],
            changed.Select(c => c.Key).Order(StringComparer.Ordinal));
        Assert.Equal("125", capped["capaian_bulanan PSAA.01 capaian_tanpa_batas"]);
    }

    [Fact]
    public void CapHundred_LeavesACapaianThatCannotBeComputedEmpty()
    {
        var capped = Cells(AnalysisSettings.Default with { Cap = CapSetting.Parse("100") });

        Assert.Null(capped["capaian_bulanan SEK.02 capaian"]);
        Assert.Null(capped["capaian_triwulan SEK.02 capaian_triwulan"]);
        Assert.Equal("target bernilai nol", capped["capaian_bulanan SEK.02 alasan_tidak_dihitung"]);
    }

    public void Dispose() => _facts.Dispose();

    /// <summary>Every cell of every table for March 2026, keyed by table, the row's subject and column.</summary>
    private Dictionary<string, string?> Cells(AnalysisSettings settings)
    {
        var session = _facts.Analyse(settings);
        var cells = new Dictionary<string, string?>();
        foreach (var table in AnalysisTables.All)
        {
            foreach (var row in session.Of(table.Name, Filter(table)))
            {
                foreach (var column in row.Keys)
                    cells[$"{table.Name} {Subject(row)} {column}"] = row.Text(column);
            }
        }

        return cells;
    }

    private static TableFilter Filter(AnalysisTable table) =>
        table.Takes(TableDimensions.Month) ? new TableFilter(2026, 3) : new TableFilter(2026);

    private static string? Subject(Dictionary<string, object?> row) =>
        SubjectColumns.Where(row.ContainsKey).Select(row.Text).FirstOrDefault(v => v is not null);
}
