using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Analysis.Lkjip;
using SakipAnalytics.Model.Capaian;
using SakipAnalytics.Reports.Lkjip;
using SakipAnalytics.Reports.Tests.Word;

namespace SakipAnalytics.Reports.Tests.Lkjip;

public sealed class LkjipWriterCascadeTests
{
    private const string Lead = "Program dan kegiatan pendukung. Capaian IKU.04";

    [Fact]
    public void Write_CascadeWithPagu_SaysItsBudgetIsShown()
    {
        var spending = new EfficiencyFigures { Code = "PRG.04", UnitCode = "LINJAM", Pagu = 250_000_000m, Primary = "rasio" };

        Assert.Equal(
            "Program dan kegiatan pendukung. Capaian IKU.04 didukung oleh 1 indikator program dan kegiatan beserta "
            + "anggarannya sebagaimana Tabel 3.3.",
            CascadeParagraph(spending));
    }

    [Fact]
    public void Write_CascadeWithoutAnyPagu_DoesNotPromiseABudget()
    {
        Assert.Equal(
            "Program dan kegiatan pendukung. Capaian IKU.04 didukung oleh 1 indikator program dan kegiatan "
            + "sebagaimana Tabel 3.3.",
            CascadeParagraph(spending: null));
    }

    [Fact]
    public void Write_CascadeTargetFromAPkRevision_SaysWhatTheMarkMeans()
    {
        var text = DocxText.Paragraphs(WrittenDraft.Of(WithCascade(null, "Perubahan"), CapaianKinerja.Append));

        Assert.Contains("Target bertanda (Perubahan) adalah target hasil revisi pada PK Perubahan Tahun 2024 yang berlaku pada "
            + "akhir tahun.", text);
    }

    [Fact]
    public void Write_CascadeIndicatorWithoutResult_SaysTheUnitHasNotReported()
    {
        var facts = WithCascade(null, "Murni");
        facts = facts with
        {
            Analysis = [.. facts.Analysis.Select(a => a with { Cascade = [.. a.Cascade.Select(c => c with { Realisasi = null })] })],
        };

        var text = DocxText.Paragraphs(WrittenDraft.Of(facts, CapaianKinerja.Append));

        Assert.Contains("Tanda \"-\" pada kolom realisasi berarti unit penanggung jawabnya belum melaporkan capaian Desember 2024.", text);
    }

    private static string CascadeParagraph(EfficiencyFigures? spending)
    {
        var body = WrittenDraft.Of(WithCascade(spending, "Murni"), CapaianKinerja.Append);

        return DocxText.Paragraphs(body).Single(p => p.StartsWith(Lead, StringComparison.Ordinal));
    }

    private static LkjipFacts WithCascade(EfficiencyFigures? spending, string version)
    {
        var program = new CascadeLine
        {
            IkuCode = "IKU.04", Depth = 1, Jenis = "IKP", Code = "PRG.04", Name = "Persentase PSKS aktif",
            UnitCode = "LINJAM", Target = Target.Number(80m), TargetVersion = version, Realisasi = 82m, Spending = spending,
        };
        var facts = SampleLkjipFacts.Create();
        return facts with
        {
            Analysis = [.. facts.Analysis.Select(a => a.Code == "IKU.04" ? a with { Cascade = [program] } : a)],
        };
    }
}
