using SakipAnalytics.Model.Analysis.Lkjip;
using SakipAnalytics.Reports.Lkjip;

namespace SakipAnalytics.Reports.Tests.Lkjip;

public sealed class HutangKinerjaTextTests
{
    [Fact]
    public void Of_PositiveTargetAboveLastYear_StatesTheIncreaseStillNeeded()
    {
        var text = HutangKinerjaText.Of(SampleLkjipFacts.Iku01(), Annual("IKU.01", 0.79m, "realisasi"));

        Assert.Equal("Hutang kinerja tahun 2024, yaitu selisih target tahun 2024 dengan realisasi tahun 2023, sebesar "
            + "0,79 poin persen: sebesar itulah realisasi harus bertambah dari realisasi tahun 2023 agar target tercapai.", text);
    }

    [Fact]
    public void Of_NegativeTargetBelowLastYear_StatesTheReductionStillNeeded()
    {
        var text = HutangKinerjaText.Of(SampleLkjipFacts.Iku02(), Annual("IKU.02", -1.93m, "realisasi"));

        Assert.EndsWith("sebesar 1,93 poin persen: karena indikator ini berpolaritas negatif, sebesar itulah realisasi "
            + "harus turun dari realisasi tahun 2023 agar target tercapai.", text);
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
