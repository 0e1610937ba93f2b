using SakipAnalytics.Model.Analysis.Lkjip;
using SakipAnalytics.Reports.Lkjip;

namespace SakipAnalytics.Reports.Tests.Lkjip;

public sealed class HutangKinerjaTextTests
{
    [Fact]
    public void Of_PositiveTargetAboveLastYear_StatesTheIncreaseStillNeeded()
    {
        var text = HutangKinerjaText.Of(SampleLkjipFacts.Iku01(), Annual("IKU.01", 0.79m, "realisasi"));

        Assert.Equal("Hutang kinerja tahun 2024, yaitu selisih target tahun 2024 dengan realisasi tahun 2023, adalah sebesar "
            + "0,79 poin persen. Angka ini menunjukkan kenaikan realisasi dari realisasi tahun 2023 yang diperlukan untuk "
            + "mencapai target.", text);
    }

    [Fact]
    public void Of_NegativeTargetBelowLastYear_StatesTheReductionStillNeeded()
    {
        var text = HutangKinerjaText.Of(SampleLkjipFacts.Iku02(), Annual("IKU.02", -1.93m, "realisasi"));

        Assert.EndsWith("adalah sebesar 1,93 poin persen. Karena indikator ini berpolaritas negatif, angka ini menunjukkan "
            + "penurunan realisasi dari realisasi tahun 2023 yang diperlukan untuk mencapai target.", text);
    }

    [Fact]
    public void Of_FirstRenstraYearAlreadyBeaten_SaysThereIsNoDebtAgainstTheBaseline()
    {
        var text = HutangKinerjaText.Of(SampleLkjipFacts.Iku01(), Annual("IKU.01", -2m, "kondisi awal Renstra"));

        Assert.Equal("Tidak terdapat hutang kinerja tahun 2024, karena target tahun 2024 tidak melebihi kondisi awal Renstra.", text);
    }

    [Fact]
    public void Of_NoComparison_SaysNothing()
    {
        Assert.Null(HutangKinerjaText.Of(SampleLkjipFacts.Iku04(), null));
    }

    private static AnnualComparison Annual(string code, decimal debt, string source) =>
        new() { Code = code, UnitCode = "DINSOS", HutangKinerja = debt, LastYearSource = source };
}
