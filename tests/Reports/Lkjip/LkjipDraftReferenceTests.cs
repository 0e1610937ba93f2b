using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using SakipAnalytics.Reports.Lkjip;
using SakipAnalytics.Reports.Tests.Word;
using SakipAnalytics.Reports.Word;

namespace SakipAnalytics.Reports.Tests.Lkjip;

/// <summary>How chapter text refers to its tables and figures through <see cref="LkjipDraft"/>.</summary>
public sealed class LkjipDraftReferenceTests
{
    private static readonly DocumentInfo Info = new("Uji", "Uji", new DateOnly(2025, 1, 6));

    [Fact]
    public void AppendText_NextTable_RefersToTheCaptionAppendTableWrites()
    {
        var body = Written(draft =>
        {
            draft.AppendText("Capaian disajikan pada ", draft.NextTable("3"), ".");
            draft.AppendTable("3", "Capaian IKU", Table());
        });

        var reference = DocxFields.In(body.Elements<Paragraph>().First()).Single();
        var caption = DocxText.Captions(body).Single();

        Assert.Equal((@"REF _RefTabel3_1 \h", "Tabel 3.1"), reference);
        Assert.Equal("_RefTabel3_1", caption.Elements<BookmarkStart>().Single().Name!.Value);
    }

    [Fact]
    public void AppendText_LastFigure_RefersToTheFigureAbove()
    {
        var body = Written(draft =>
        {
            draft.AppendTable("3", "Capaian IKU", Table());
            draft.AppendFigure("3", new FigureImage([0x89], "Grafik", "Tren IKU.01", "Grafik tren IKU.01.", 0.5m));
            draft.AppendText("Seperti tampak pada ", draft.LastFigure("3"), ", realisasi naik.");
        });

        var text = DocxText.Of(body.Elements<Paragraph>().Last());

        Assert.Equal("Seperti tampak pada Gambar 3.1, realisasi naik.", text);
    }

    [Fact]
    public void NextTableNumber_AfterAppendTable_IsTheFollowingNumber()
    {
        string? before = null, after = null;

        Written(draft =>
        {
            before = draft.NextTableNumber("2");
            draft.AppendTable("2", "Renstra", Table());
            after = draft.NextTableNumber("2");
        });

        Assert.Equal(("2.1", "2.2"), (before, after));
    }

    private static WordTable Table() => new WordTable([TableColumn.Left("Unit", 4m)]).AddRow("Sekretariat");

    private static Body Written(Action<LkjipDraft> write)
    {
        using var stream = new MemoryStream();
        using (var package = WordPackage.Create(stream, Info))
        {
            write(new LkjipDraft(package, SampleLkjipFacts.Create(), Info.Created));
            package.Finish();
        }

        stream.Position = 0;
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        return (Body)document.MainDocumentPart!.Document!.Body!.CloneNode(deep: true);
    }
}
