using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Analysis.Tables;
using SakipAnalytics.Model.Tests.Fixtures;

namespace SakipAnalytics.Model.Tests.Analysis.Tables;

public sealed class EfficiencyTableTests : IDisposable
{
    private const string SubKegiatan = "1.06.03.1.01.0002";

    private readonly FactStore _facts = new FactStore().Unit("LINJAMSOS");

    public EfficiencyTableTests()
    {
        _facts.Indicator("LJS.01", "LINJAMSOS").SubKegiatan(SubKegiatan, "LINJAMSOS", "LJS.01")
            .Pk(2025, "LJS.01", "45").Reported("LINJAMSOS", 2025, 12, "LJS.01", 45m)
            .Lra(2025, 12, SubKegiatan, "sub_kegiatan", 1_000_000m, 900_000m);
    }

    [Fact]
    public void Efisiensi_TargetMetWithSpendingToSpare_ShowsEveryReadingSideBySide()
    {
        _facts.Pk(2026, "LJS.01", "50").Reported("LINJAMSOS", 2026, 12, "LJS.01", 50m)
            .Lra(2026, 12, SubKegiatan, "sub_kegiatan", 1_000_000m, 800_000m);

        var row = Year2026(AnalysisSettings.Default);

        Assert.Equal("80", row.Text("serapan_persen"));
        Assert.Equal("100", row.Text("capaian"));
        Assert.Equal("20", row.Text("sisa_anggaran_target_tercapai"));
        Assert.Equal(("20", "efisien"), (row.Text("selisih_capaian_serapan"), row.Text("kategori_selisih")));
        Assert.Equal("1.25", row.Text("rasio_capaian_serapan"));
        Assert.Equal(("16000", "20000", "-20"), Costs(row));
        Assert.Equal(("selisih", "20"), (row.Text("bacaan_utama"), row.Text("nilai_utama")));
    }

    [Fact]
    public void Efisiensi_TargetMissedWithMostSpent_IsTidakEfisienWithNoUnspentShare()
    {
        _facts.Pk(2026, "LJS.01", "50").Reported("LINJAMSOS", 2026, 12, "LJS.01", 35m)
            .Lra(2026, 12, SubKegiatan, "sub_kegiatan", 1_000_000m, 900_000m);

        var row = Year2026(AnalysisSettings.Default);

        Assert.Null(row["sisa_anggaran_target_tercapai"]);
        Assert.Equal(("-20", "tidak efisien"), (row.Text("selisih_capaian_serapan"), row.Text("kategori_selisih")));
        Assert.Equal("0.78", row.Text("rasio_capaian_serapan"));
    }

    [Fact]
    public void Efisiensi_PrimaryReadingSetToRatio_PutsTheRatioFirst()
    {
        _facts.Pk(2026, "LJS.01", "50").Reported("LINJAMSOS", 2026, 12, "LJS.01", 50m)
            .Lra(2026, 12, SubKegiatan, "sub_kegiatan", 1_000_000m, 800_000m);
        var settings = AnalysisSettings.Default with { Efficiency = EfficiencyReading.CapaianPerAbsorption };

        var row = Year2026(settings);

        Assert.Equal(("rasio", "1.25"), (row.Text("bacaan_utama"), row.Text("nilai_utama")));
    }

    [Fact]
    public void Efisiensi_IkuAboveTwoIndicatorsSharingASubKegiatan_CarriesTheirSpendingOnce()
    {
        const string Other = "1.06.03.1.01.0003";
        _facts.Indicator("IKU.02", "DINSOS", "terakhir", jenis: "IKU")
            .Indicator("LJS.02", "LINJAMSOS", parent: "IKU.02").Indicator("LJS.03", "LINJAMSOS", parent: "IKU.02")
            .SubKegiatan(Other, "LINJAMSOS", "LJS.02").SubKegiatan(Other, "LINJAMSOS", "LJS.03")
            .SubKegiatan(SubKegiatan, "LINJAMSOS", "LJS.03")
            .Pk(2026, "IKU.02", "50").Reported("DINSOS", 2026, 12, "IKU.02", 50m)
            .Lra(2026, 12, SubKegiatan, "sub_kegiatan", 1_000_000m, 800_000m)
            .Lra(2026, 12, Other, "sub_kegiatan", 500_000m, 500_000m);

        var iku = _facts.Analyse().Of("efisiensi", new TableFilter(2026, 12)).Single(r => r.Text("kode_indikator") == "IKU.02");

        Assert.Equal(("1500000", "1300000", "86.67"), (iku.Text("pagu"), iku.Text("realisasi_anggaran"), iku.Text("serapan_persen")));
    }

    public void Dispose() => _facts.Dispose();

    private Dictionary<string, object?> Year2026(AnalysisSettings settings) =>
        _facts.Analyse(settings).Of("efisiensi", new TableFilter(2026, 12)).Single();

    private static (string?, string?, string?) Costs(Dictionary<string, object?> row) =>
        (row.Text("biaya_per_output"), row.Text("biaya_per_output_tahun_lalu"), row.Text("perubahan_biaya_persen"));
}
