using SakipAnalytics.Reports.Lkjip;
using SakipAnalytics.Reports.Tests.Word;

namespace SakipAnalytics.Reports.Tests.Lkjip;

public sealed class BudgetPeriodTests
{
    [Fact]
    public void RealisasiAnggaran_DecemberLraMissing_SaysTheMonthTheFiguresStandAt()
    {
        var facts = SampleLkjipFacts.Create() with { BudgetMonth = 11 };

        var text = DocxText.Paragraphs(WrittenDraft.Of(facts, RealisasiAnggaran.Append));

        Assert.StartsWith("Pada tahun 2024, pagu anggaran Dinas Sosial", text[1], StringComparison.Ordinal);
        Assert.Contains("dengan realisasi s.d. November 2024 Rp", text[1], StringComparison.Ordinal);
        Assert.Equal("LRA Desember 2024 belum dimuat, sehingga realisasi anggaran dalam laporan ini adalah realisasi s.d. "
            + "November 2024 dan belum merupakan realisasi akhir tahun.", text[2]);
        Assert.Contains("Tabel 3.1 Realisasi Anggaran s.d. November 2024 per Program dan Kegiatan Tahun 2024", text);
    }

    [Fact]
    public void Until_DecemberLra_AddsNothing()
    {
        Assert.Equal(string.Empty, BudgetPeriod.Until(SampleLkjipFacts.Create()));
    }
}
