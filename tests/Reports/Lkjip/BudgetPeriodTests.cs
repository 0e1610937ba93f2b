using SakipAnalytics.Model.Analysis.Lkjip;
using SakipAnalytics.Model.Quality;
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
    public void RealisasiAnggaran_UnitWithNoSubKegiatanMapped_SaysSoRatherThanBlamingTheLra()
    {
        var facts = SampleLkjipFacts.Create() with { Scope = ReportScope.Unit("PSAA", "UPTD PSAA", "uptd"), Budget = [] };

        var text = DocxText.Paragraphs(WrittenDraft.Of(facts, RealisasiAnggaran.Append));

        Assert.Equal("[Diisi oleh perencana: realisasi anggaran per sub kegiatan (sub kegiatan unit ini belum dipetakan pada "
            + "sheet Sub Kegiatan referensi)]", text[1]);
    }

    [Fact]
    public void RealisasiAnggaran_NoLraOfTheYear_SaysItIsNotLoaded()
    {
        var facts = SampleLkjipFacts.Create() with { BudgetMonth = null, Budget = [] };

        var text = DocxText.Paragraphs(WrittenDraft.Of(facts, RealisasiAnggaran.Append));

        Assert.Equal("[Diisi oleh perencana: realisasi anggaran per program dan kegiatan (LRA tahun 2024 belum dimuat)]", text[1]);
    }

    [Fact]
    public void RealisasiAnggaran_AbsorptionIndicatorOtherThanTheLra_SaysSoBesideTheSerapan()
    {
        var finding = new QualityFinding
        {
            Kind = "serapan berbeda dengan LRA", Year = 2024, Month = 12, Found = "83,51",
            Message = "SEK.02 mengukur realisasi anggaran, tetapi nilai akhir tahunnya berbeda.",
        };
        var facts = SampleLkjipFacts.Create() with { Findings = [finding] };

        var text = DocxText.Paragraphs(WrittenDraft.Of(facts, RealisasiAnggaran.Append));

        Assert.Equal("Nilai akhir tahun indikator realisasi anggaran yang dilaporkan unit (83,51) berbeda dengan serapan "
            + "menurut LRA tersebut; selisihnya tercatat pada Lampiran 3 dan perlu diselaraskan sebelum laporan ini difinalkan.",
            text[2]);
    }

    [Fact]
    public void Penutup_DecemberLraMissing_SaysTheBudgetFigureIsNotTheYearEnd()
    {
        var facts = SampleLkjipFacts.Create() with { BudgetMonth = 11 };

        var text = DocxText.Paragraphs(WrittenDraft.Of(facts, Penutup.Append));

        Assert.Contains(text, p => p.StartsWith("Realisasi anggaran s.d. November 2024 mencapai", StringComparison.Ordinal)
            && p.EndsWith("belum merupakan realisasi akhir tahun.", StringComparison.Ordinal));
    }

    [Fact]
    public void Until_DecemberLra_AddsNothing()
    {
        Assert.Equal(string.Empty, BudgetPeriod.Until(SampleLkjipFacts.Create()));
    }
}
