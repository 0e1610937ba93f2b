using SakipAnalytics.Reports.Lkjip;

namespace SakipAnalytics.Reports.Tests.Lkjip;

public sealed class UnreportedTextTests
{
    [Fact]
    public void Of_EveryPkIndicatorReported_IsNothing()
    {
        Assert.Null(UnreportedText.Of(SampleLkjipFacts.Create(), 2024));
    }

    [Fact]
    public void Of_PkIndicatorWithoutADecemberResult_NamesItAndWhatToLoad()
    {
        var facts = SampleLkjipFacts.Create();
        facts = facts with
        {
            Sasaran = [.. facts.Sasaran.Select(s => s with { Indicators = [.. s.Indicators.Where(i => i.Code != "IKU.04")] })],
        };

        Assert.Equal(
            "Realisasi Desember 2024 untuk indikator IKU.04 Jumlah PSKS yang dibina belum dilaporkan, sehingga "
            + "capaiannya belum dapat disajikan pada bab ini meskipun tercantum dalam Perjanjian Kinerja. Laporan akhir "
            + "tahun unit penanggung jawabnya perlu dimuat sebelum laporan ini difinalkan.",
            UnreportedText.Of(facts, 2024));
    }
}
