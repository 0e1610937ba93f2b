using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Analysis.Lkjip;
using SakipAnalytics.Model.Capaian;
using SakipAnalytics.Reports.Lkjip;

namespace SakipAnalytics.Reports.Tests.Lkjip;

public sealed class IndicatorNarrativeTests
{
    private static readonly AnalysisSettings Settings = AnalysisSettings.Default;

    [Fact]
    public void Compose_PositiveAboveTarget_StatesTargetRealisasiCapaianAndBand()
    {
        var text = IndicatorNarrative.Compose(SampleLkjipFacts.Iku01(), Settings);

        Assert.StartsWith($"Pada tahun 2024, indikator {SampleLkjipFacts.Iku01Name} ditargetkan sebesar 19,29% "
            + "dan terealisasi sebesar 22%.", text);
        Assert.Contains("capaian kinerjanya sebesar 114,05% dan termasuk kategori Sangat Tinggi.", text);
    }

    [Fact]
    public void Compose_PositiveAboveLastYear_SaysNaikAndImproved()
    {
        var text = IndicatorNarrative.Compose(SampleLkjipFacts.Iku01(), Settings);

        Assert.Contains("Dibandingkan dengan realisasi tahun 2023 sebesar 18,5%, realisasi tahun 2024 naik "
            + "3,5 poin persen, yang berarti kinerja membaik.", text);
    }

    [Fact]
    public void Compose_NegativeBelowLastYear_SaysTurunAndImproved()
    {
        var text = IndicatorNarrative.Compose(SampleLkjipFacts.Iku02(), Settings);

        Assert.Contains("realisasi tahun 2024 turun 0,68 poin persen, yang berarti kinerja membaik.", text);
    }

    [Fact]
    public void Compose_RenstraEndTargetNotReached_StatesProgressAndEffortNeeded()
    {
        var text = IndicatorNarrative.Compose(SampleLkjipFacts.Iku01(), Settings);

        Assert.Contains("Terhadap target akhir Renstra (25%), realisasi tahun 2024 telah mencapai 88,00%, "
            + "sehingga diperlukan upaya lanjutan", text);
    }

    [Fact]
    public void Compose_RenstraEndTargetPassedUnderCap100_PrintsTheProgressAtTheCap()
    {
        var indicator = SampleLkjipFacts.Iku01() with { RenstraEndTarget = Target.Number(20m) };

        var text = IndicatorNarrative.Compose(indicator, Settings with { Cap = new CapSetting(100m) });

        Assert.Contains("Terhadap target akhir Renstra (20%), realisasi tahun 2024 telah mencapai 100,00%, "
            + "sehingga target akhir periode Renstra telah terpenuhi.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_PredikatMet_SaysGradesAndTheirRise()
    {
        var text = IndicatorNarrative.Compose(SampleLkjipFacts.Iku03(), Settings);

        Assert.Contains("ditargetkan predikat BB dan terealisasi predikat BB.", text);
        Assert.Contains("capaian kinerjanya sebesar 100,00% dan termasuk kategori Sangat Tinggi.", text);
        Assert.Contains("Dibandingkan dengan tahun 2023, predikat naik dari B menjadi BB.", text);
    }

    [Fact]
    public void Compose_NoLastYear_SaysComparisonIsNotPossible()
    {
        var indicator = SampleLkjipFacts.Iku01() with { RealisasiLastYear = null };

        var text = IndicatorNarrative.Compose(indicator, Settings);

        Assert.Contains("Realisasi tahun 2023 tidak tersedia sehingga perbandingan dengan tahun sebelumnya "
            + "belum dapat dilakukan.", text);
    }

    [Fact]
    public void Compose_TargetZero_GivesTheReason()
    {
        var notComputable = CapaianResult.NotComputable(NotComputableReasons.TargetZero);
        var indicator = SampleLkjipFacts.Iku01() with { Capaian = notComputable };

        var text = IndicatorNarrative.Compose(indicator, Settings);

        Assert.Contains("tidak dapat dihitung karena target bernilai nol.", text);
    }

    [Fact]
    public void Compose_PkMurni_SaysNothingAboutRevision()
    {
        var text = IndicatorNarrative.Compose(SampleLkjipFacts.Iku02(), Settings);

        Assert.DoesNotContain("PK Perubahan", text);
    }

    [Fact]
    public void Compose_PkRevisedMidYear_SaysFromWhenAndWhatItReplaced()
    {
        var agreement = new AgreementLine
        {
            Code = "IKU.01", Name = SampleLkjipFacts.Iku01Name, Satuan = "%", SasaranCode = "S1", SasaranName = SampleLkjipFacts.Sasaran1,
            MurniTarget = "18", RevisedTarget = "19,29", RevisedFrom = new DateOnly(2024, 7, 1),
        };

        var text = IndicatorNarrative.Compose(SampleLkjipFacts.Iku01(), Settings, agreement);

        Assert.Contains("Target tersebut adalah target hasil revisi pada PK Perubahan Tahun 2024 yang berlaku sejak 1 Juli 2024 "
            + "dan menjadi dasar pengukuran capaian; target semula pada PK Murni adalah 18%.", text);
    }

    [Fact]
    public void Compose_TargetFromTheUnitsFile_SaysThePkLacksItAndItNeedsChecking()
    {
        var indicator = SampleLkjipFacts.Iku02() with { TargetVersion = TargetSource.UnitReport };

        var text = IndicatorNarrative.Compose(indicator, Settings);

        Assert.Contains("Perjanjian Kinerja Tahun 2024 pada data referensi tidak memuat target indikator ini, sehingga target "
            + "tersebut diambil dari laporan unit dan perlu diperiksa.", text, StringComparison.Ordinal);
    }
}
