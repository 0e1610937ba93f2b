using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Reports.Lkjip;
using SakipAnalytics.Reports.Tests.Word;

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
        var facts = WithoutIku04();

        Assert.Equal(
            "Realisasi Desember 2024 untuk indikator IKU.04 Jumlah PSKS yang dibina belum dilaporkan, sehingga "
            + "capaiannya belum dapat disajikan pada bab ini meskipun tercantum dalam Perjanjian Kinerja. Laporan akhir "
            + "tahun unit penanggung jawabnya perlu dimuat sebelum laporan ini difinalkan.",
            UnreportedText.Of(facts, 2024));
    }

    [Fact]
    public void Penutup_PkIndicatorWithoutADecemberResult_SaysTheConclusionLeavesItOut()
    {
        var text = DocxText.Paragraphs(WrittenDraft.Of(WithoutIku04(), Penutup.Append));

        Assert.EndsWith("Realisasi Desember 2024 untuk IKU.04 belum dilaporkan, sehingga indikator tersebut belum termasuk di sini.",
            text.Single(p => p.StartsWith("Pada tahun 2024, Dinas Sosial", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void Sasaran_PkIndicatorWithoutADecemberResult_SaysItsTableLeavesItOut()
    {
        var text = DocxText.Paragraphs(WrittenDraft.Of(WithoutIku04(), CapaianKinerja.Append));

        var sasaran2 = text.Single(p => p.StartsWith("Sasaran ini diukur dengan 1 ", StringComparison.Ordinal));
        Assert.EndsWith(". Realisasi Desember 2024 untuk IKU.04 belum dilaporkan, sehingga indikator tersebut belum termasuk "
            + "di sini.", sasaran2, StringComparison.Ordinal);
    }

    [Fact]
    public void Pendahuluan_PkIndicatorWithoutADecemberResult_SaysTheCountLeavesItOut()
    {
        var text = DocxText.Paragraphs(WrittenDraft.Of(WithoutIku04(), Pendahuluan.Append));

        Assert.EndsWith("Realisasi Desember 2024 untuk IKU.04 belum dilaporkan, sehingga indikator tersebut belum termasuk di sini.",
            text.Single(p => p.StartsWith("Laporan ini memuat", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void Sasaran_EveryIndicatorUnreported_KeepsItsPlaceAndSaysItCannotBeMeasured()
    {
        var facts = SampleLkjipFacts.Create();
        facts = facts with { Sasaran = [facts.Sasaran[1]] };

        var text = DocxText.Paragraphs(WrittenDraft.Of(facts, CapaianKinerja.Append)).ToList();

        var first = text.IndexOf("Sasaran 1: " + SampleLkjipFacts.Sasaran1);
        Assert.Equal("Realisasi Desember 2024 untuk seluruh indikator sasaran ini (IKU.01 dan IKU.02) belum dilaporkan, sehingga "
            + "capaian sasaran ini belum dapat diukur.", text[first + 1]);
        Assert.Contains("Sasaran 2: " + SampleLkjipFacts.Sasaran2, text);
    }

    private static LkjipFacts WithoutIku04()
    {
        var facts = SampleLkjipFacts.Create();
        return facts with
        {
            Sasaran = [.. facts.Sasaran.Select(s => s with { Indicators = [.. s.Indicators.Where(i => i.Code != "IKU.04")] })],
        };
    }
}
