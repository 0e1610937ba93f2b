using SakipAnalytics.Model.Analysis.Lkjip;
using SakipAnalytics.Reports.Lkjip;
using SakipAnalytics.Reports.Tests.Word;
using SakipAnalytics.Reports.Word;

namespace SakipAnalytics.Reports.Tests.Lkjip;

public sealed class ComparatorTextTests
{
    private static readonly ComparatorResult Rpjmd = new()
    {
        Code = "IKU.01", Kind = "Target RPJMD", Name = "RPJMD Provinsi 2021-2026", Value = 19m, Source = "Perda 1/2021",
        Realisasi = 22m, Difference = 3m, AtLeastAsGood = true,
    };

    private static readonly ComparatorResult Peer = new()
    {
        Code = "IKU.01", Kind = "Instansi sejenis", Name = "Dinas Sosial Provinsi Sulawesi Barat", Value = 22.41m,
        Realisasi = 22m, Difference = -0.41m, AtLeastAsGood = false,
    };

    [Fact]
    public void Of_OneBetterOneWorse_NamesBothWithTheirKind()
    {
        var table = new CaptionReference(CaptionLabel.Table, "3", 4);

        var text = string.Concat(ComparatorText.Of(SampleLkjipFacts.Iku01(), [Rpjmd, Peer], table).Select(p => p.Text));

        Assert.Equal("Realisasi IKU.01 tahun 2024 dibandingkan dengan 2 pembanding pada Tabel 3.4: realisasi setara dengan "
            + "atau lebih baik daripada target RPJMD Provinsi 2021-2026, tetapi realisasi lebih buruk daripada Dinas Sosial "
            + "Provinsi Sulawesi Barat.", text);
    }

    [Fact]
    public void Build_SourceAlreadyInTheName_IsNotRepeated()
    {
        var spm = Peer with
        {
            Kind = "Standar Pelayanan Minimal", Name = "SPM Bidang Sosial (Permensos 9/2018)", Source = "Permensos 9/2018",
        };

        var rows = DocxText.Rows(ComparatorTable.Build([spm], 2024).Build());

        Assert.Equal("SPM Bidang Sosial (Permensos 9/2018)", rows[1][1]);
    }

    [Fact]
    public void Build_Rows_ShowValueRealisasiDifferenceAndVerdict()
    {
        var rows = DocxText.Rows(ComparatorTable.Build([Rpjmd, Peer], 2024).Build());

        Assert.Equal(["Target RPJMD", "RPJMD Provinsi 2021-2026 (Perda 1/2021)", "19", "22", "+3", "lebih baik"], rows[1]);
        Assert.Equal(["Instansi sejenis", "Dinas Sosial Provinsi Sulawesi Barat", "22,41", "22", "-0,41", "lebih buruk"], rows[2]);
    }
}
