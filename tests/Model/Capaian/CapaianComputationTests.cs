using SakipAnalytics.Model.Analysis.Tables;
using SakipAnalytics.Model.Capaian;
using SakipAnalytics.Model.Tests.Fixtures;

namespace SakipAnalytics.Model.Tests.Capaian;

public sealed class CapaianComputationTests : IDisposable
{
    private readonly FactStore _facts = new FactStore().Unit("REHSOS").Unit("PSBR", "uptd");

    [Fact]
    public void Rebuild_PublishedNegativeIndicator_Gives79Point74AndTinggi()
    {
        _facts.Indicator("REH.02", "REHSOS", "terakhir", "negatif").Pk(2025, "REH.02", "6.17")
            .Reported("REHSOS", 2025, 12, "REH.02", 7.42m);

        var row = Monthly("REH.02", 12);

        Assert.Equal("79.74", row.Text("capaian"));
        Assert.Equal("Tinggi", row.Text("kategori"));
        Assert.Equal("Murni", row.Text("sumber_target"));
    }

    [Fact]
    public void Rebuild_PkRevisedMidYear_KeepsMurniBeforeItsDateAndRescalesRencanaAksiAfter()
    {
        _facts.Indicator("LJS.02", "REHSOS").Pk(2025, "LJS.02", "300")
            .Pk(2025, "LJS.02", "250", "Perubahan", new DateOnly(2025, 9, 15))
            .RencanaAksi(2025, "LJS.02", 8, 200m).RencanaAksi(2025, "LJS.02", 10, 240m)
            .Reported("REHSOS", 2025, 8, "LJS.02", 150m).Reported("REHSOS", 2025, 10, "LJS.02", 180m)
            .Reported("REHSOS", 2025, 12, "LJS.02", 240m);

        Assert.Equal(("200", "Murni", "75"), Target(Monthly("LJS.02", 8)));
        Assert.Equal(("200", "Perubahan", "90"), Target(Monthly("LJS.02", 10)));
        Assert.Equal(("250", "Perubahan", "96"), Target(Monthly("LJS.02", 12)));
    }

    [Theory]
    [InlineData(85, "100")]
    [InlineData(95, "105.56")]
    [InlineData(72, "90")]
    public void Rebuild_RangeTarget_ScoresAgainstTheNearestBound(decimal realisasi, string capaian)
    {
        _facts.Indicator("PSBR.03", "PSBR", "terakhir").Pk(2026, "PSBR.03", "80-90")
            .Reported("PSBR", 2026, 3, "PSBR.03", realisasi);

        var row = Monthly("PSBR.03", 3);

        Assert.Equal(capaian, row.Text("capaian"));
        Assert.Equal("80", row.Text("target"));
        Assert.Equal("90", row.Text("target_atas"));
    }

    [Fact]
    public void Rebuild_PredikatTargetMissedByOneGrade_ScoresTheShareOfItsStepsAboveD()
    {
        _facts.Indicator("SEK.03", "REHSOS", "tahunan", jenis: "IKU").Pk(2025, "SEK.03", "BB")
            .Reported("REHSOS", 2025, 12, "SEK.03", null, grade: "B");

        var row = Monthly("SEK.03", 12);

        Assert.Equal("BB", row.Text("target_predikat"));
        Assert.Equal("B", row.Text("realisasi_predikat"));
        Assert.Equal("75", row.Text("capaian"));
    }

    [Fact]
    public void Rebuild_TargetZero_IsNotComputableWithItsReasonAndListedAsAFinding()
    {
        _facts.Indicator("PSBR.04", "PSBR", "terakhir").Pk(2026, "PSBR.04", "0")
            .Reported("PSBR", 2026, 2, "PSBR.04", 3m);

        var session = _facts.Analyse();
        var row = session.Of("capaian_bulanan").Single();
        var finding = session.Of("temuan").Single(r => Equals(r["jenis"], "capaian tidak dapat dihitung"));

        Assert.Null(row["capaian"]);
        Assert.Equal(NotComputableReasons.TargetZero, row.Text("alasan_tidak_dihitung"));
        Assert.Equal("PSBR.04: target bernilai nol.", finding.Text("keterangan"));
    }

    public void Dispose() => _facts.Dispose();

    private Dictionary<string, object?> Monthly(string code, int month) =>
        _facts.Analyse().Of("capaian_bulanan").Single(r => Equals(r["kode_indikator"], code) && Equals(r["bulan"], month));

    private static (string?, string?, string?) Target(Dictionary<string, object?> row) =>
        (row.Text("target"), row.Text("sumber_target"), row.Text("capaian"));
}
