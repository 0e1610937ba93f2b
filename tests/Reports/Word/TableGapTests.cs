using DocumentFormat.OpenXml.Wordprocessing;
using SakipAnalytics.Reports.Word;

namespace SakipAnalytics.Reports.Tests.Word;

public sealed class TableGapTests
{
    [Fact]
    public void Apply_PlainParagraph_AddsSpaceAbove()
    {
        var paragraph = BodyText.Plain("Rata-rata capaian ...");

        TableGap.Apply(paragraph);

        Assert.Equal("160", paragraph.ParagraphProperties!.SpacingBetweenLines!.Before!.Value);
    }

    [Fact]
    public void Apply_Heading_LeavesItsStyleSpacing()
    {
        var heading = Heading.Section("B. Realisasi Anggaran");

        TableGap.Apply(heading);

        Assert.Null(heading.ParagraphProperties!.SpacingBetweenLines);
    }
}
