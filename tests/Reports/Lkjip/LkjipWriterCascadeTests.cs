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

    private static string CascadeParagraph(EfficiencyFigures? spending)
    {
        var program = new CascadeLine
        {
            IkuCode = "IKU.04", Depth = 1, Jenis = "IKP", Code = "PRG.04", Name = "Persentase PSKS aktif",
            UnitCode = "LINJAM", Target = Target.Number(80m), Realisasi = 82m, Spending = spending,
        };
        var facts = SampleLkjipFacts.Create();
        facts = facts with
        {
            Analysis = [.. facts.Analysis.Select(a => a.Code == "IKU.04" ? a with { Cascade = [program] } : a)],
        };

        var body = WrittenDraft.Of(facts, CapaianKinerja.Append);

        return DocxText.Paragraphs(body).Single(p => p.StartsWith(Lead, StringComparison.Ordinal));
    }
}
