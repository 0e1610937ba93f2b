using SakipAnalytics.Model.Analysis.Tables;
using SakipAnalytics.Model.Errors;
using SakipAnalytics.Model.Tests.Fixtures;

namespace SakipAnalytics.Model.Tests.Analysis.Tables;

public sealed class AnalysisSessionTests : IDisposable
{
    private readonly FactStore _facts = new FactStore().Unit("REHSOS");

    public AnalysisSessionTests()
    {
        _facts.Indicator("REH.02", "REHSOS", "terakhir", "negatif").Pk(2026, "REH.02", "6.17")
            .Reported("REHSOS", 2026, 3, "REH.02", 7.42m).SignedOn("REHSOS", 2026, 3, new DateOnly(2026, 4, 6))
            .SubKegiatan("1.06.02.1.01.0001", "REHSOS", "REH.02")
            .Lra(2026, 3, "1.06.02", "program", 2_000m, 500m).Lra(2026, 3, "1.06.02.1.01.0001", "sub_kegiatan", 2_000m, 500m);
    }

    [Fact]
    public void Frame_CapaianBulanan_HoldsTheComputedCapaianForScripting()
    {
        var frame = _facts.Analyse().Frame("capaian_bulanan");

        Assert.Equal(1, frame.Rows.Count);
        Assert.Equal(79.74m, frame.Columns["capaian"][0]);
        Assert.Equal("REH.02", frame.Columns["kode_indikator"][0]);
    }

    [Fact]
    public void Frame_EveryTable_LoadsWithTheColumnsAndRowsOfItsQuery()
    {
        var session = _facts.Analyse();

        foreach (var table in AnalysisTables.All)
        {
            var filter = table.Requires(TableDimensions.Month) ? new TableFilter(2026, 3) : TableFilter.All;
            var rows = session.Of(table.Name, filter);
            var frame = session.Frame(table, filter);

            Assert.Equal(rows.Count, frame.Rows.Count);
            Assert.Equal(session.Read(table, filter, r => r.FieldCount), frame.Columns.Count);
        }
    }

    [Fact]
    public void Frame_KelengkapanDates_BecomeDateTimes()
    {
        var frame = _facts.Analyse().Frame("kelengkapan");

        Assert.Equal(new DateTime(2026, 4, 6), frame.Columns["tanggal_laporan"][0]);
        Assert.Equal("tepat waktu", frame.Columns["status"][0]);
    }

    [Fact]
    public void Frame_UnknownTable_NamesTheTablesThatExist()
    {
        var session = _facts.Analyse();

        var error = Assert.Throws<TableFilterException>(() => session.Frame("capaian_harian"));

        Assert.StartsWith("Tabel 'capaian_harian' tidak ada. Tabel yang ada: capaian_bulanan,", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _facts.Dispose();
}
