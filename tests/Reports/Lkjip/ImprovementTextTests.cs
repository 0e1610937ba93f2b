using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Analysis.Lkjip;
using SakipAnalytics.Reports.Lkjip;

namespace SakipAnalytics.Reports.Tests.Lkjip;

public sealed class ImprovementTextTests
{
    [Fact]
    public void Of_IndicatorBelowTarget_NamesItWithItsCapaianAndTheUnitsFollowUp()
    {
        var missed = SampleLkjipFacts.Iku02() with { TindakLanjut = "Pendampingan pasca rehabilitasi." };
        var facts = SampleLkjipFacts.Create();

        var text = ImprovementText.Of([SampleLkjipFacts.Iku01(), missed, SampleLkjipFacts.Iku04()], facts).ToList();

        Assert.Equal(
            $"Indikator yang belum mencapai target tahun 2024 adalah {SampleLkjipFacts.Iku02Name} (capaian 79,74%). "
            + "Tindak lanjut yang dilaporkan unit: pendampingan pasca rehabilitasi.",
            Assert.Single(text));
    }

    [Fact]
    public void Of_FollowUpTypedOverSeveralLines_ReadsAsOneSentence()
    {
        var missed = SampleLkjipFacts.Iku02() with { TindakLanjut = "Pendampingan pasca rehabilitasi\nRapat koordinasi." };

        var text = ImprovementText.Of([missed], SampleLkjipFacts.Create()).Single();

        Assert.EndsWith("Tindak lanjut yang dilaporkan unit: pendampingan pasca rehabilitasi; Rapat koordinasi.", text);
    }

    [Fact]
    public void Of_IndicatorShortOfTheRenstraEnd_SaysHowFarItHasCome()
    {
        var facts = SampleLkjipFacts.Create() with
        {
            Analysis = [new IkuAnalysis { Code = "IKU.01", Annual = new AnnualComparison { Code = "IKU.01", UnitCode = "DINSOS",
                CapaianToRenstraEnd = 88m } }],
        };

        var text = ImprovementText.Of([SampleLkjipFacts.Iku01()], facts).ToList();

        Assert.Equal(
            [
                "Seluruh indikator yang dapat dihitung telah mencapai target tahun 2024.",
                $"Terhadap target akhir Renstra, 1 indikator masih memerlukan peningkatan: {SampleLkjipFacts.Iku01Name} "
                + "(88,00% dari target akhir).",
            ],
            text);
    }
}
