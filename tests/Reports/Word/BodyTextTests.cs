using DocumentFormat.OpenXml.Wordprocessing;
using SakipAnalytics.Reports.Word;

namespace SakipAnalytics.Reports.Tests.Word;

public sealed class BodyTextTests
{
    private static readonly CaptionReference Table31 = new(CaptionLabel.Table, "3", 1);

    [Fact]
    public void Plain_PartsWithReference_ReadsAsOneSentence()
    {
        var paragraph = BodyText.Plain("Rinciannya disajikan pada ", Table31, ".");

        Assert.Equal("Rinciannya disajikan pada Tabel 3.1.", DocxText.Of(paragraph));
    }

    [Fact]
    public void Plain_PartsWithReference_PrintsTheReferenceAsARefField()
    {
        var paragraph = BodyText.Plain("Rinciannya disajikan pada ", Table31, ".");

        var field = DocxFields.In(paragraph).Single();

        Assert.Equal((@"REF _RefTabel3_1 \h", "Tabel 3.1"), (field.Instruction, field.Result));
    }

    [Fact]
    public void LeadIn_PartsWithReference_OpensWithTheBoldLead()
    {
        var paragraph = BodyText.LeadIn("Perkembangan antartahun.", "Lihat ", Table31, ".");

        Assert.Equal("Perkembangan antartahun. Lihat Tabel 3.1.", DocxText.Of(paragraph));
        Assert.NotNull(paragraph.Elements<Run>().First().RunProperties!.Bold);
    }

    [Fact]
    public void Run_TextOverSeveralLines_KeepsEachLineBreakAsABreak()
    {
        var run = BodyText.Run("Anggaran terlambat\nSDM kurang");

        Assert.Equal(["Anggaran terlambat", "SDM kurang"], run.Elements<Text>().Select(t => t.Text));
        Assert.Single(run.Elements<Break>());
    }

    [Fact]
    public void Run_TextWithACharacterXmlCannotHold_LeavesItOut()
    {
        var run = BodyText.Run("SDM\u0001 kurang");

        Assert.Equal("SDM kurang", run.InnerText);
    }
}
