using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;
using SakipAnalytics.Reports.Tests.Fixtures;
using SakipAnalytics.Reports.Tests.Lkjip;

namespace SakipAnalytics.Reports.Tests.Word;

/// <summary>The Word mechanics of the written LKjIP: validity, PDF conversion, contents, captions, layout, paragraphs.</summary>
public sealed class LkjipDocxTests(LkjipDocument document) : IClassFixture<LkjipDocument>
{
    private const int A4WidthTwips = 11906;
    private const int A4HeightTwips = 16838;

    [Fact]
    public void Write_SampleFacts_PassesOpenXmlValidatorInEveryFormat()
    {
        using var stream = new MemoryStream(document.ToArray());

        DocxChecks.AssertValid(stream);
    }

    [Fact]
    public void Write_SampleFacts_ConvertsToPdfWithAtLeastAPagePerChapter()
    {
        var chapters = document.Body.Elements<Paragraph>().Count(p => DocxText.StyleOf(p) == "Heading1");
        var docx = WriteToTemporaryFile();

        using var pdf = DocxChecks.ConvertToPdf(docx);
        File.Delete(docx);

        Assert.True(chapters > 0);
        Assert.InRange(pdf.Pages, chapters, int.MaxValue);
        Assert.Contains("DRAFT", pdf.PageText(1), StringComparison.Ordinal);
        Assert.Contains("BAB III AKUNTABILITAS KINERJA", pdf.PageText(2), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_TableOfContents_ListsBabIII()
    {
        var toc = DocxFields.In(document.Body).First(f => f.Instruction.StartsWith("TOC \\o", StringComparison.Ordinal));

        var entries = toc.Result.Split('\n');

        Assert.Equal(@"TOC \o ""1-3"" \h \z \u", toc.Instruction);
        Assert.Contains("BAB III AKUNTABILITAS KINERJA", entries);
        Assert.Equal(["BAB I PENDAHULUAN", "A. Latar Belakang"], entries[..2]);
    }

    [Fact]
    public void Write_TableOfContents_FollowsTheCoverOnItsOwnPage()
    {
        var paragraphs = document.Body.Elements<Paragraph>().ToList();

        var title = paragraphs.First(p => DocxText.Of(p) == "DAFTAR ISI");

        Assert.Equal("TOCHeading", DocxText.StyleOf(title));
        Assert.StartsWith("Draf disusun otomatis", DocxText.Of(title.PreviousSibling<Paragraph>()!), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ListsOfTablesAndFigures_HoldEveryCaption()
    {
        var lists = DocxFields.In(document.Body).Where(f => f.Instruction.Contains(@"\c", StringComparison.Ordinal));
        var captions = DocxText.Captions(document.Body).Select(DocxText.Of).ToList();

        var listed = lists.ToDictionary(f => f.Instruction, f => f.Result.Split('\n'));

        Assert.Equal(captions.Where(c => c.StartsWith("Tabel ", StringComparison.Ordinal)), listed[@"TOC \h \z \c ""Tabel"""]);
        Assert.Equal(captions.Where(c => c.StartsWith("Gambar ", StringComparison.Ordinal)), listed[@"TOC \h \z \c ""Gambar"""]);
    }

    [Fact]
    public void Write_Captions_NumberWithSeqFieldsThatRestartAtEachChaptersFirst()
    {
        var captions = DocxText.Captions(document.Body).ToList();

        Assert.NotEmpty(captions);
        Assert.All(captions, caption =>
        {
            var sequence = Regex.Match(DocxText.Of(caption), @"^(Tabel|Gambar) [^.]+\.(\d+) ").Groups[2].Value;
            var field = DocxFields.In(caption).Single();
            Assert.Equal(sequence, field.Result);
            Assert.Equal(sequence == "1", field.Instruction.EndsWith(@"\s 1 \r 1", StringComparison.Ordinal));
        });
    }

    [Fact]
    public void Write_EveryCaption_HasABookmarkHoldingItsLabelAndNumber()
    {
        var captions = DocxText.Captions(document.Body).ToList();

        Assert.NotEmpty(captions);
        Assert.All(captions, caption =>
        {
            var start = caption.Elements<BookmarkStart>().Single();
            var marked = start.ElementsAfter().TakeWhile(e => e is not BookmarkEnd).SelectMany(e => e.Descendants<Text>());
            Assert.StartsWith(string.Concat(marked.Select(t => t.Text)) + " ", DocxText.Of(caption), StringComparison.Ordinal);
            Assert.Matches(@"^_Ref(Tabel|Gambar)(\d|L)_\d+$", start.Name!.Value!);
        });
    }

    [Fact]
    public void Write_EverySection_IsA4PortraitWithIndonesianMargins()
    {
        var sections = document.Body.Descendants<SectionProperties>().ToList();

        Assert.Equal(2, sections.Count);
        Assert.All(sections, section =>
        {
            var size = section.GetFirstChild<PageSize>()!;
            var margin = section.GetFirstChild<PageMargin>()!;
            Assert.Equal((A4WidthTwips, A4HeightTwips, PageOrientationValues.Portrait),
                ((int)size.Width!.Value, (int)size.Height!.Value, size.Orient!.Value));
            Assert.Equal((2268, 1701, 1701, 1701),
                ((int)margin.Left!.Value, margin.Top!.Value, (int)margin.Right!.Value, margin.Bottom!.Value));
        });
    }

    [Fact]
    public void Write_PageNumbers_OnlyInTheBodyCountingFromOne()
    {
        var front = document.Body.Descendants<ParagraphProperties>()
            .Select(p => p.SectionProperties)
            .OfType<SectionProperties>()
            .Single();
        var body = document.Body.Elements<SectionProperties>().Single();

        var firstChapter = front.Ancestors<Paragraph>().Single().NextSibling<Paragraph>()!;

        Assert.Empty(front.Elements<FooterReference>());
        Assert.Equal(1, body.GetFirstChild<PageNumberType>()!.Start!.Value);
        Assert.Equal("BAB I PENDAHULUAN", DocxText.Of(firstChapter));
    }

    [Fact]
    public void Write_Settings_AskWordToUpdateFieldsOnOpen()
    {
        var settings = document.Word.MainDocumentPart!.DocumentSettingsPart!.Settings!;

        Assert.True(settings.GetFirstChild<UpdateFieldsOnOpen>()!.Val!.Value);
    }

    // Structurally required: a table cell holds at least one paragraph, so an empty cell has an empty one.
    // Nothing else may be empty: section breaks ride on the cover's and contents' last lines, and
    // chapters start their page through the Heading 1 style, not an empty paragraph with a page break.
    [Fact]
    public void Write_Paragraphs_NoneEmptyOrBlankOutsideEmptyTableCells()
    {
        var stray = document.Body.Descendants<Paragraph>()
            .Where(p => IsBlank(p) && !IsSoleParagraphOfCell(p))
            .Select(p => p.OuterXml)
            .ToList();

        Assert.Empty(stray);
    }

    [Fact]
    public void Write_Paragraphs_NoneOnlyWhitespace()
    {
        var blank = document.Body.Descendants<Paragraph>()
            .Select(DocxText.Of)
            .Where(text => text.Length > 0 && string.IsNullOrWhiteSpace(text))
            .ToList();

        Assert.Empty(blank);
    }

    [Fact]
    public void Write_Body_HasNoPageBreakParagraphs()
    {
        var breaks = document.Body.Descendants<Break>().Where(b => b.Type?.Value == BreakValues.Page);

        Assert.Empty(breaks);
    }

    private static bool IsBlank(Paragraph paragraph) =>
        DocxText.Of(paragraph).Length == 0 && !paragraph.Descendants<Drawing>().Any();

    private static bool IsSoleParagraphOfCell(Paragraph paragraph) =>
        paragraph.Parent is TableCell cell && cell.Elements<Paragraph>().Count() == 1;

    private string WriteToTemporaryFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"LKjIP-{Guid.NewGuid():N}.docx");

        File.WriteAllBytes(path, document.ToArray());
        return path;
    }
}
