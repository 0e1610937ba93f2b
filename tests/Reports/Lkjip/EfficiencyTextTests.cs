using SakipAnalytics.Model.Analysis.Lkjip;
using SakipAnalytics.Reports.Lkjip;

namespace SakipAnalytics.Reports.Tests.Lkjip;

public sealed class EfficiencyTextTests
{
    private static readonly EfficiencyFigures Met = new()
    {
        Code = "IKU.01", UnitCode = "DINSOS", Pagu = 1_000_000m, Spent = 800_000m, Absorption = 80m, Capaian = 114.05m,
        UnspentShare = 20m, Gap = 34.05m, GapCategory = "efisien", Ratio = 1.43m, CostPerOutput = 36_363.64m,
        CostLastYear = 40_000m, CostChange = -9.09m, Primary = "selisih", PrimaryValue = 34.05m,
    };

    [Fact]
    public void Of_PrimaryGap_StatesSpendingThenTheGapFirstAndEveryOtherReading()
    {
        var text = EfficiencyText.Of(SampleLkjipFacts.Iku01(), Met);

        Assert.Equal("Sub kegiatan yang mendukung IKU.01 memiliki pagu Rp1.000.000 dengan realisasi Rp800.000 "
            + "(serapan 80,00%). Menurut bacaan efisiensi utama, selisih capaian dan serapan +34,05 poin, sehingga "
            + "penggunaan anggaran efisien. Bacaan lainnya: target tercapai dengan sisa anggaran 20,00% dari pagu; "
            + "rasio capaian terhadap serapan 1,43; biaya per poin persen yang terealisasi Rp36.364, turun 9,09% dari tahun 2023 "
            + "(Rp40.000).", text);
    }

    [Fact]
    public void Of_PrimaryRatio_PutsTheRatioFirst()
    {
        var text = EfficiencyText.Of(SampleLkjipFacts.Iku01(), Met with { Primary = "rasio" });

        Assert.Contains("Menurut bacaan efisiensi utama, rasio capaian terhadap serapan 1,43. Bacaan lainnya: selisih", text);
    }

    [Fact]
    public void Of_NegativeIndicator_LeavesCostPerOutputOut()
    {
        var text = EfficiencyText.Of(SampleLkjipFacts.Iku02(), Met with { Code = "IKU.02", CostPerOutput = null });

        Assert.EndsWith("biaya per satuan output tidak dihitung karena indikator berpolaritas negatif.", text);
    }

    [Fact]
    public void Of_IndicatorWithoutMappedSpending_SaysItCannotBeComputed()
    {
        var text = EfficiencyText.Of(SampleLkjipFacts.Iku04(), null);

        Assert.Equal("Indikator IKU.04 belum dipetakan ke sub kegiatan pada data referensi perencanaan, sehingga efisiensi "
            + "penggunaan anggarannya belum dapat dihitung.", text);
    }

    [Fact]
    public void Of_NoDecemberLra_SaysThatRatherThanBlamingTheMapping()
    {
        var text = EfficiencyText.Of(SampleLkjipFacts.Iku04(), null, yearEndLra: false);

        Assert.Equal("LRA Desember 2024 belum dimuat, sehingga efisiensi penggunaan anggaran IKU.04 belum dapat dihitung.", text);
    }

    [Fact]
    public void Of_IndicatorWithACascade_SaysTheSpendingIncludesTheIndicatorsBelow()
    {
        var text = EfficiencyText.Of(SampleLkjipFacts.Iku01(), Met, withCascade: true);

        Assert.StartsWith("Sub kegiatan yang mendukung IKU.01, termasuk yang mendukung indikator program dan kegiatan di "
            + "bawahnya, memiliki pagu Rp", text, StringComparison.Ordinal);
    }
}
