using SakipAnalytics.Reports.Lkjip;
using SakipAnalytics.Reports.Tests.Word;

namespace SakipAnalytics.Reports.Tests.Lkjip;

public sealed class RenstraTableTests
{
    [Fact]
    public void Build_PredikatIndicator_PrintsGradesForBaselineYearsAndEnd()
    {
        var lines = DocxText.Lines(RenstraTable.Build(SampleLkjipFacts.Create(), "Indikator Kinerja Utama").Build());

        Assert.Equal("3 | IKU.03 Nilai evaluasi SAKIP perangkat daerah (Predikat) | B | B | B | B | BB | BB | A | A", lines[3]);
    }

    [Fact]
    public void Build_YearWithoutRenstraTarget_ShowsDash()
    {
        var lines = DocxText.Lines(RenstraTable.Build(SampleLkjipFacts.Create(), "Indikator Kinerja Utama").Build());

        Assert.Equal("4 | IKU.04 Jumlah PSKS yang dibina (Lembaga) | 20 | - | 30 | 35 | 40 | 50 | 60 | 60", lines[4]);
    }

    [Fact]
    public void Build_NoSeries_FallsBackToBaselineAndEndTargetOfThePlan()
    {
        var facts = SampleLkjipFacts.Create() with { Analysis = [] };

        var lines = DocxText.Lines(RenstraTable.Build(facts, "Indikator Kinerja Utama").Build());

        Assert.Equal("No | Indikator Kinerja Utama | Kondisi Awal 2020 | Target Akhir", lines[0]);
        Assert.Equal($"2 | IKU.02 {SampleLkjipFacts.Iku02Name} (%) | 9 | 5", lines[2]);
    }

    [Fact]
    public void Years_SamplePlan_AreEveryRenstraYear()
    {
        var years = RenstraTable.Years(SampleLkjipFacts.Create());

        Assert.Equal([2021, 2022, 2023, 2024, 2025, 2026], years);
    }
}
