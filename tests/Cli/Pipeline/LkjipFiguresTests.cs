using SakipAnalytics.Cli.Tests.Fixtures;
using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Analysis.Tables;
using SakipAnalytics.Model.Formatting;
using SakipAnalytics.Model.Store;

namespace SakipAnalytics.Cli.Tests.Pipeline;

/// <summary>
/// Every figure in the Bab III tables of the bundled data's LKjIP equals the corresponding row of
/// the table <c>sakip export</c> writes, formatted as the report prints it.
/// </summary>
[Collection(SharesBundledRun.Name)]
public sealed class LkjipFiguresTests(BundledRun run) : IDisposable
{
    private const int Year = 2025;

    private readonly SakipStore _store = SakipStore.Open(run.Settings.DatabasePath);

    private IReadOnlyList<CaptionedTable> BabIII => CaptionedTables.Read(run.Result.LkjipPath!)
        .Where(t => t.Caption.StartsWith("Tabel 3.", StringComparison.Ordinal)).ToList();

    [Fact]
    public void SasaranTables_EveryIkuRow_EqualsCapaianTahunan()
    {
        var annual = Export("capaian_tahunan", new TableFilter(Year), r => (Key: NameWithSatuan(r), Row: Expected(r)));

        var rows = Tables("Capaian IKU Sasaran").SelectMany(t => t.Body).Where(r => r.Count == 8).ToList();

        Assert.Equal(4, rows.Count);
        Assert.All(rows, row => Assert.Equal(annual.Single(a => a.Key == row[1]).Row, row.Skip(2)));
    }

    [Fact]
    public void SeriesTables_EveryYear_EqualsSeriRenstra()
    {
        var series = Export("seri_renstra", new TableFilter(Year), r => (Code: r.Required("kode_indikator"), Row: SeriesRow(r)));

        var tables = Tables("Perkembangan Capaian").ToList();

        Assert.Equal(4, tables.Count);
        Assert.All(tables, t => Assert.Equal(series.Where(s => s.Code == CodeIn(t)).Select(s => s.Row), t.Body));
    }

    [Fact]
    public void ComparatorTables_EveryComparator_EqualsPembanding()
    {
        var comparators = Export("pembanding", new TableFilter(Year), r => (Code: r.Required("kode_indikator"), Row: ComparatorRow(r)));

        var tables = Tables("Perbandingan IKU").ToList();

        Assert.NotEmpty(tables);
        Assert.All(tables, t =>
            Assert.Equal(comparators.Where(c => c.Code == CodeIn(t)).Select(c => c.Row), t.Body.Select(r => r.Take(5))));
    }

    [Fact]
    public void CascadeTables_EveryIndicator_EqualsKaskadeAndEfisiensi()
    {
        var spending = Export("efisiensi", new TableFilter(Year, 12), r => (Code: r.Required("kode_indikator"), Row: SpendingRow(r)));
        var cascade = Export("kaskade", new TableFilter(Year, 12), r => (Code: r.Required("kode_indikator"), Row: CascadeRow(r)));

        var rows = Tables("Indikator Program dan Kegiatan Pendukung").SelectMany(t => t.Body).ToList();

        Assert.NotEmpty(rows);
        Assert.All(rows, row =>
        {
            var code = row[0].Split(' ')[1];
            var budget = spending.Where(s => s.Code == code).Select(s => s.Row).DefaultIfEmpty(["-", "-"]).First();
            Assert.Equal([.. cascade.First(c => c.Code == code).Row, .. budget], row.Skip(1));
        });
    }

    [Fact]
    public void BudgetTable_EveryProgramAndKegiatan_EqualsAnggaranInDecember()
    {
        var lines = Export("anggaran", new TableFilter(Year, 12), r => (Level: r.Required("tingkat"), Row: BudgetRow(r)));

        var table = Tables("Realisasi Anggaran per Program dan Kegiatan").Single();

        var expected = lines.Where(l => l.Level is "program" or "kegiatan").Select(l => l.Row)
            .Append([.. lines.Single(l => l.Level == "dinas").Row.Skip(2).Prepend("Jumlah")]);
        Assert.Equal(expected, table.Body);
    }

    public void Dispose() => _store.Dispose();

    private IEnumerable<CaptionedTable> Tables(string title) =>
        BabIII.Where(t => t.Title.StartsWith(title, StringComparison.Ordinal));

    private List<T> Export<T>(string table, TableFilter filter, Func<NamedRow, T> map) =>
        [.. new AnalysisSession(_store, run.Settings.Analysis()).Rows(table, filter, map)];

    private static string CodeIn(CaptionedTable table) =>
        table.Title.Split(' ').First(w => w.Contains('.', StringComparison.Ordinal) && char.IsUpper(w[0]));

    private static string[] Expected(NamedRow r) =>
    [
        Figure(r.Number("target"), r.Text("target_predikat")), Figure(r.Number("realisasi"), r.Text("realisasi_predikat")),
        Percent(r.Number("capaian")), r.Text("kategori") ?? "-",
        Figure(r.Number("realisasi_tahun_lalu"), r.Text("realisasi_tahun_lalu_predikat")),
        Figure(r.Number("target_akhir_renstra"), r.Text("target_akhir_renstra_predikat")),
    ];

    private static string[] SeriesRow(NamedRow r)
    {
        var year = $"{r.WholeNumber("tahun")}";
        var baseline = Figure(r.Number("kondisi_awal"), r.Text("kondisi_awal_predikat"));
        if (baseline != "-")
            return [$"{year} (kondisi awal)", "-", "-", baseline, "-", "-"];

        var revised = r.Text("versi_pk") == "Perubahan" ? " (Perubahan)" : "";
        return
        [
            year, Figure(r.Number("target_renstra"), r.Text("target_renstra_predikat")),
            Figure(r.Number("target_pk"), r.Text("target_pk_predikat")) + revised,
            Figure(r.Number("realisasi"), r.Text("realisasi_predikat")), Percent(r.Number("capaian")), r.Text("kategori") ?? "-",
        ];
    }

    private static string NameWithSatuan(NamedRow r) => $"{r.Text("indikator")} ({r.Text("satuan")})";

    private static string[] ComparatorRow(NamedRow r) =>
    [
        r.Required("jenis_pembanding"),
        r.Text("sumber") is { } source && !r.Required("pembanding").Contains(source, StringComparison.Ordinal)
            ? $"{r.Text("pembanding")} ({source})"
            : r.Required("pembanding"),
        Figure(r.Number("nilai_pembanding"), r.Text("nilai_pembanding_teks")), Figure(r.Number("realisasi"), null),
        (r.Number("selisih") > 0 ? "+" : "") + Figure(r.Number("selisih"), null),
    ];

    private static string[] CascadeRow(NamedRow r) =>
    [
        Figure(r.Number("target"), r.Text("target_predikat")) + (r.Text("sumber_target") == "Perubahan" ? " (Perubahan)" : ""),
        Figure(r.Number("realisasi"), r.Text("realisasi_predikat")), Percent(r.Number("capaian")),
    ];

    private static string[] SpendingRow(NamedRow r) => [Money(r.Number("pagu")), Percent(r.Number("serapan_persen"))];

    private static string[] BudgetRow(NamedRow r) =>
    [
        r.Required("kode"), r.Required("uraian"), Money(r.Number("pagu")), Money(r.Number("realisasi_sd_bulan_ini")),
        Percent(r.Number("serapan_persen")),
    ];

    private static string Figure(decimal? value, string? grade) =>
        value is { } v ? IndonesianFormat.Figure(v) : grade ?? "-";

    private static string Percent(decimal? value) => value is { } v ? IndonesianFormat.Number(v) : "-";

    private static string Money(decimal? value) => value is { } v ? IndonesianFormat.Number(v, 0) : "-";
}
