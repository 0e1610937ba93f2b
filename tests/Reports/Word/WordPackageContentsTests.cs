using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using SakipAnalytics.Reports.Tests.Fixtures;
using SakipAnalytics.Reports.Word;

namespace SakipAnalytics.Reports.Tests.Word;

public sealed class WordPackageContentsTests
{
    private static readonly DocumentInfo Info = new("Uji", "Uji", new DateOnly(2025, 1, 6));
    private static readonly CaptionReference Table11 = new(CaptionLabel.Table, "1", 1);

    [Fact]
    public void Finish_Contents_AreATocFieldWhoseCachedResultListsTheHeadings()
    {
        using var document = Open(Written(withTable: true));

        var toc = DocxFields.In(document.MainDocumentPart!.Document!.Body!)[0];

        Assert.Equal(@"TOC \o ""1-3"" \h \z \u", toc.Instruction);
        Assert.Equal("BAB I PENDAHULUAN\nA. Latar Belakang\nBAB II PENUTUP", toc.Result);
    }

    [Fact]
    public void Finish_ContentsEntries_LinkToBookmarksOnTheirHeadings()
    {
        using var document = Open(Written(withTable: true));
        var body = document.MainDocumentPart!.Document!.Body!;

        var anchors = body.Descendants<Hyperlink>().Select(h => h.Anchor!.Value).Take(3).ToList();
        var marked = anchors.Select(a => body.Descendants<BookmarkStart>().Single(b => b.Name == a).Parent!)
            .Cast<Paragraph>().Select(DocxText.Of);

        Assert.Equal(["_Toc000002", "_Toc000003", "_Toc000004"], anchors);
        Assert.Equal(["BAB I PENDAHULUAN", "A. Latar Belakang", "BAB II PENUTUP"], marked);
    }

    [Fact]
    public void Finish_ContentsHeadings_AreNotOutlineHeadingsAndStartAPage()
    {
        using var document = Open(Written(withTable: true));

        var titles = ListTitles(document);
        var style = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "TOCHeading");

        Assert.Equal(["DAFTAR ISI", "DAFTAR TABEL"], titles);
        Assert.Null(style.StyleParagraphProperties!.OutlineLevel);
        Assert.NotNull(style.StyleParagraphProperties.PageBreakBefore);
    }

    [Fact]
    public void Finish_TableCaptions_AreListedByATocCField()
    {
        using var document = Open(Written(withTable: true));

        var list = DocxFields.In(document.MainDocumentPart!.Document!.Body!)
            .Single(f => f.Instruction.Contains(@"\c", StringComparison.Ordinal));

        Assert.Equal((@"TOC \h \z \c ""Tabel""", "Tabel 1.1 Daftar Unit"), list);
    }

    [Fact]
    public void Finish_NoCaptions_LeavesOutTheListsOfTablesAndFigures()
    {
        using var document = Open(Written(withTable: false));

        var titles = ListTitles(document);

        Assert.Equal(["DAFTAR ISI"], titles);
    }

    [Fact]
    public void Finish_FrontSection_EndsOnTheLastListEntryWithoutFooter()
    {
        using var document = Open(Written(withTable: true));
        var body = document.MainDocumentPart!.Document!.Body!;

        var holder = body.Elements<Paragraph>().Single(p => p.ParagraphProperties?.SectionProperties is not null);

        Assert.Equal("Tabel 1.1 Daftar Unit", DocxText.Of(holder));
        Assert.Equal("BAB I PENDAHULUAN", DocxText.Of(holder.NextSibling<Paragraph>()!));
        Assert.Empty(holder.ParagraphProperties!.SectionProperties!.Elements<FooterReference>());
    }

    [Fact]
    public void Finish_Settings_AskWordToUpdateFieldsOnOpen()
    {
        using var document = Open(Written(withTable: true));

        var update = document.MainDocumentPart!.DocumentSettingsPart!.Settings!.GetFirstChild<UpdateFieldsOnOpen>();

        Assert.True(update!.Val!.Value);
    }

    [Fact]
    public void Finish_Settings_KeepLinesEndedByABreakAtTheirNaturalWidth()
    {
        using var document = Open(Written(withTable: true));

        var compatibility = document.MainDocumentPart!.DocumentSettingsPart!.Settings!.GetFirstChild<Compatibility>();

        Assert.NotNull(compatibility!.GetFirstChild<DoNotExpandShiftReturn>());
    }

    [Fact]
    public void Finish_SmallDocument_PassesOpenXmlValidator()
    {
        using var stream = new MemoryStream(Written(withTable: true));

        DocxChecks.AssertValid(stream);
    }

    [Fact]
    public void Finish_ReferenceWithoutItsCaption_ThrowsNamingTheBookmark()
    {
        using var stream = new MemoryStream();
        using var package = WordPackage.Create(stream, Info);
        package.Append(BodyText.Plain("Lihat ", Table11, "."));

        var error = Assert.Throws<InvalidOperationException>(package.Finish);

        Assert.Contains("(_RefTabel1_1)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AppendContents_Twice_Throws()
    {
        using var stream = new MemoryStream();
        using var package = WordPackage.Create(stream, Info);
        package.AppendContents();

        Assert.Throws<InvalidOperationException>(package.AppendContents);
    }

    private static byte[] Written(bool withTable)
    {
        using var stream = new MemoryStream();
        using (var package = WordPackage.Create(stream, Info))
        {
            package.Append(BodyText.Styled(StyleIds.Title, "Sampul"));
            package.AppendContents();
            package.Append(Heading.Chapter("BAB I PENDAHULUAN"));
            package.Append(Heading.Section("A. Latar Belakang"));
            if (withTable)
                AppendTable(package);
            package.Append(Heading.Chapter("BAB II PENUTUP"));
            package.Append(BodyText.Plain("Selesai."));
            package.Finish();
        }

        return stream.ToArray();
    }

    private static void AppendTable(WordPackage package)
    {
        package.Append(BodyText.Plain("Unit kerja disajikan pada ", Table11, "."));
        package.Append(NumberedCaption.ForTable(Table11, package.NextBookmarkId(), "Daftar Unit"));
        package.Append(new WordTable([TableColumn.Left("Unit", 4m)]).AddRow("Sekretariat").Build());
    }

    private static List<string> ListTitles(WordprocessingDocument document) =>
    [
        .. document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>()
            .Where(p => DocxText.StyleOf(p) == StyleIds.ContentsHeading)
            .Select(DocxText.Of),
    ];

    private static WordprocessingDocument Open(byte[] bytes) =>
        WordprocessingDocument.Open(new MemoryStream(bytes), isEditable: false);
}
