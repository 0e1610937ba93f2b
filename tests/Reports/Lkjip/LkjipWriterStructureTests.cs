using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using SakipAnalytics.Model.Analysis.Lkjip;
using SakipAnalytics.Reports.Lkjip;
using SakipAnalytics.Reports.Tests.Word;

namespace SakipAnalytics.Reports.Tests.Lkjip;

public sealed class LkjipWriterStructureTests(LkjipDocument document) : IClassFixture<LkjipDocument>
{
    private static readonly string[] HeadingIds = ["Heading1", "Heading2"];

    [Fact]
    public void Write_SampleFacts_PassesOpenXmlValidator()
    {
        var validator = new OpenXmlValidator(FileFormatVersions.Office2019);

        var errors = validator.Validate(document.Word)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void Write_Chapters_AreHeading1InReportOrder()
    {
        var chapters = TextsInStyle("Heading1");

        Assert.Equal(
            [
                "BAB I PENDAHULUAN", "BAB II PERENCANAAN KINERJA", "BAB III AKUNTABILITAS KINERJA", "BAB IV PENUTUP",
                "LAMPIRAN",
            ],
            chapters);
    }

    [Fact]
    public void Write_BabIII_HasCapaianAndAnggaranAsHeading2()
    {
        var sections = TextsInStyle("Heading2");

        Assert.Contains("A. Capaian Kinerja Organisasi", sections);
        Assert.Contains("B. Realisasi Anggaran", sections);
    }

    [Fact]
    public void Write_HeadingStyles_CarryOutlineLevelsForTheNavigationPane()
    {
        var styles = document.Word.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToList();

        var levels = HeadingIds
            .Select(id => styles.Single(s => s.StyleId == id).StyleParagraphProperties?.OutlineLevel?.Val?.Value);

        Assert.Equal([0, 1], levels);
    }

    [Fact]
    public void Write_NormalStyle_IsSansElevenPointIndonesian()
    {
        var styles = document.Word.MainDocumentPart!.StyleDefinitionsPart!.Styles!;

        var defaults = styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;

        Assert.Equal("Arial", defaults.RunFonts!.Ascii!.Value);
        Assert.Equal("22", defaults.FontSize!.Val!.Value);
        Assert.Equal("id-ID", defaults.Languages!.Val!.Value);
    }

    [Fact]
    public void Write_BodySection_IsA4PortraitWithIndonesianMarginsAndPageFooter()
    {
        var section = document.Body.Elements<SectionProperties>().Single();

        var size = section.GetFirstChild<PageSize>()!;
        var margin = section.GetFirstChild<PageMargin>()!;

        Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value));
        Assert.Equal((2268u, 1701), (margin.Left!.Value, margin.Top!.Value));
        Assert.Equal((1701u, 1701), (margin.Right!.Value, margin.Bottom!.Value));
        Assert.Contains("PAGE", FooterFieldInstruction(section));
    }

    [Fact]
    public void Write_Cover_NamesTitleDraftAndOffice()
    {
        var cover = CoverParagraphs();

        Assert.Contains("LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2024", cover);
        Assert.Contains("DRAFT", cover);
        Assert.Contains("DINAS SOSIAL PROVINSI KALIMANTAN SELATAN", cover);
        Assert.Contains(cover, p => p.Contains("10 Februari 2025", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_Cover_IsItsOwnSectionWithoutFooter()
    {
        var coverSection = document.Body.Descendants<ParagraphProperties>()
            .Select(p => p.SectionProperties)
            .OfType<SectionProperties>()
            .Single();

        Assert.Empty(coverSection.Elements<FooterReference>());
    }

    [Fact]
    public void Write_TopLevelParagraphs_AreNeverEmpty()
    {
        var empty = document.Body.Elements<Paragraph>()
            .Where(p => DocxText.Of(p).Length == 0 && !p.Descendants<Drawing>().Any())
            .Select(p => p.OuterXml)
            .ToList();

        Assert.Empty(empty);
    }

    [Fact]
    public void Write_EveryTable_RepeatsItsHeaderRowOnEachPage()
    {
        var firstRows = document.Body.Elements<Table>().Select(t => t.Elements<TableRow>().First()).ToList();

        Assert.NotEmpty(firstRows);
        Assert.All(firstRows, row => Assert.NotNull(row.TableRowProperties?.GetFirstChild<TableHeader>()));
    }

    [Fact]
    public void Write_EveryTable_HasANumberedCaptionAbove()
    {
        var previous = document.Body.Elements<Table>().Select(t => t.PreviousSibling<Paragraph>()!).ToList();

        Assert.All(previous, p => Assert.Matches(@"^Tabel (\d|L)\.\d+ ", DocxText.Of(p)));
    }

    [Fact]
    public void Write_WhatTheDataLacks_IsLeftAsMarkedPlaceholders()
    {
        var placeholders = DocxText.Paragraphs(document.Body)
            .Where(p => p.StartsWith("[Diisi oleh perencana: ", StringComparison.Ordinal))
            .ToList();

        Assert.Contains(placeholders, p => p.Contains("tugas pokok dan fungsi", StringComparison.Ordinal));
        Assert.Contains(placeholders, p => p.Contains("langkah perbaikan", StringComparison.Ordinal));
        Assert.All(placeholders, p => Assert.EndsWith("]", p));
    }

    [Fact]
    public void Write_Lampiran_ListsSourceFiles()
    {
        var table = DocxText.TableAfterCaption(document.Body, "Tabel L.1 ");

        var lines = DocxText.Lines(table);

        Assert.Equal(
            [
                "No | Nama Berkas", "1 | referensi-sakip-2024.xlsx", "2 | capaian-rehsos-2024-12.xlsx",
                "3 | lra-2024-12.xlsx",
            ],
            lines);
    }

    [Fact]
    public void WriteToFolder_SampleFacts_WritesLkjipYearDocx()
    {
        var folder = Directory.CreateTempSubdirectory("lkjip-").FullName;

        var writer = new LkjipWriter(new FixedClock(LkjipDocument.CoverDate));

        var path = writer.WriteToFolder(SampleLkjipFacts.Create(), folder);

        Assert.Equal(Path.Combine(folder, "LKjIP-2024.docx"), path);
        Assert.Equal([path], Directory.GetFiles(folder));
        Directory.Delete(folder, recursive: true);
    }

    private List<string> TextsInStyle(string styleId) =>
        [.. document.Body.Elements<Paragraph>().Where(p => DocxText.StyleOf(p) == styleId).Select(DocxText.Of)];

    private List<string> CoverParagraphs() =>
        [.. document.Body.Elements<Paragraph>().TakeWhile(p => DocxText.StyleOf(p) != "Heading1").Select(DocxText.Of)];

    [Fact]
    public void Write_UnitReport_NamesTheUnitByCodeInItsFooterSoItFitsOneLine()
    {
        var facts = SampleLkjipFacts.Create() with { Scope = ReportScope.Unit("PSAA", "UPTD Panti Sosial Asuhan Anak Budi Mulia") };
        using var unit = new LkjipDocument(facts);

        var footer = unit.Word.MainDocumentPart!.FooterParts.Single().Footer!;

        Assert.Equal("Laporan Kinerja PSAA Tahun 2024 (Draft) | Halaman 1", footer.InnerText);
    }

    private string FooterFieldInstruction(SectionProperties section)
    {
        var footerId = section.GetFirstChild<FooterReference>()!.Id!.Value!;
        var footer = (DocumentFormat.OpenXml.Packaging.FooterPart)document.Word.MainDocumentPart!.GetPartById(footerId);

        return string.Concat(footer.Footer!.Descendants<SimpleField>().Select(f => f.Instruction!.Value));
    }
}
