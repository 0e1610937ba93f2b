using SakipAnalytics.Model.Analysis.Tables;
using SakipAnalytics.Model.Tests.Fixtures;

namespace SakipAnalytics.Model.Tests.Analysis.Tables;

public sealed class EarlyWarningTablesTests : IDisposable
{
    private readonly FactStore _facts = new FactStore().Unit("PB");

    [Fact]
    public void PeringatanCapaian_TrendAboveTarget_ProjectsCapaianWithoutAWarning()
    {
        _facts.Indicator("PB.02", "PB").Pk(2026, "PB.02", "120")
            .Reported("PB", 2026, 1, "PB.02", 10m).Reported("PB", 2026, 2, "PB.02", 22m).Reported("PB", 2026, 3, "PB.02", 31m);

        var row = Warning("PB.02", 3);

        Assert.Equal(("tren linear", "126", "105"), (row.Text("metode"), row.Text("proyeksi_realisasi"), row.Text("proyeksi_capaian")));
        Assert.Equal(false, row["peringatan"]);
    }

    [Fact]
    public void PeringatanCapaian_StockBelowTarget_IsFlagged()
    {
        _facts.Indicator("PB.01", "PB", "terakhir").Pk(2026, "PB.01", "75")
            .Reported("PB", 2026, 1, "PB.01", 70m).Reported("PB", 2026, 2, "PB.01", 60m);

        var row = Warning("PB.01", 2);

        Assert.Equal(("nilai terakhir", "60", "80"), (row.Text("metode"), row.Text("proyeksi_realisasi"), row.Text("proyeksi_capaian")));
        Assert.Equal(true, row["peringatan"]);
    }

    [Fact]
    public void PeringatanSerapan_SlowSpending_ProjectsAbsorptionAndFlagsItBelowTheThreshold()
    {
        _facts.SubKegiatan("1.06.02.1.01.0001", "PB", null)
            .Lra(2026, 1, "1.06.02.1.01.0001", "sub_kegiatan", 1_200m, 50m)
            .Lra(2026, 2, "1.06.02.1.01.0001", "sub_kegiatan", 1_200m, 100m);

        var row = _facts.Analyse().Of("peringatan_serapan", new TableFilter(2026, 2, "PB")).Single();

        Assert.Equal(("tren linear", "600", "50"), (row.Text("metode"), row.Text("proyeksi_realisasi"), row.Text("proyeksi_serapan_persen")));
        Assert.Equal(true, row["peringatan"]);
    }

    [Fact]
    public void PeringatanSerapan_LastYearLoaded_ProjectsAlongLastYearsPatternOfYearEndSpending()
    {
        // Last year a quarter of the year's spending was done by February; this year 300 of 1.200 is as far along.
        _facts.SubKegiatan("1.06.02.1.01.0001", "PB", null)
            .Lra(2025, 2, "1.06.02.1.01.0001", "sub_kegiatan", 1_000m, 240m)
            .Lra(2025, 12, "1.06.02.1.01.0001", "sub_kegiatan", 1_000m, 960m)
            .Lra(2026, 1, "1.06.02.1.01.0001", "sub_kegiatan", 1_200m, 100m)
            .Lra(2026, 2, "1.06.02.1.01.0001", "sub_kegiatan", 1_200m, 300m);

        var row = _facts.Analyse().Of("peringatan_serapan", new TableFilter(2026, 2, "PB")).Single();

        Assert.Equal(
            ("pola tahun lalu", "1200", "100"), (row.Text("metode"), row.Text("proyeksi_realisasi"), row.Text("proyeksi_serapan_persen")));
        Assert.Equal(false, row["peringatan"]);
    }

    public void Dispose() => _facts.Dispose();

    private Dictionary<string, object?> Warning(string code, int month) =>
        _facts.Analyse().Of("peringatan_capaian", new TableFilter(2026, month)).Single(r => Equals(r["kode_indikator"], code));
}
