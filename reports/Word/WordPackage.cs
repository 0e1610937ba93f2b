using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SakipAnalytics.Reports.Word;

/// <summary>
/// A Word document being written to a stream: the main part with its styles, settings and
/// footer, a body to append to, image parts for pictures, and bookmarks for references.
/// </summary>
internal sealed partial class WordPackage : IDisposable
{
    private const string Language = "id-ID";

    private readonly WordprocessingDocument _document;
    private readonly MainDocumentPart _main;
    private readonly DocumentInfo _info;
    private uint _lastDrawingId;
    private int _lastBookmarkId;

    private WordPackage(WordprocessingDocument document, DocumentInfo info)
    {
        _document = document;
        _info = info;
        _main = document.AddMainDocumentPart();
        _main.Document = new Document(new Body());
    }

    public PageLayout Layout { get; } = PageLayout.A4Indonesian;

    private Body Body => _main.Document!.Body!;

    public static WordPackage Create(Stream output, DocumentInfo info)
    {
        var package = new WordPackage(WordprocessingDocument.Create(output, WordprocessingDocumentType.Document), info);
        package.AddStyles();
        package.AddSettings();
        package.Describe();
        return package;
    }

    /// <summary>Appends to the body; a plain paragraph right after a table gets space above it.</summary>
    public void Append(OpenXmlElement element)
    {
        if (Body.LastChild is Table && element is Paragraph paragraph)
            TableGap.Apply(paragraph);

        Body.Append(element);
    }

    /// <summary>Stores a PNG and returns the picture that shows it at the given size.</summary>
    public InlineImage AddPng(byte[] png, string name, string altText, decimal widthCm, decimal heightCm)
    {
        var part = _main.AddImagePart(ImagePartType.Png);
        using (var data = new MemoryStream(png, writable: false))
            part.FeedData(data);

        _lastDrawingId++;
        var id = _main.GetIdOfPart(part);
        return new InlineImage(id, _lastDrawingId, name, altText, Length.Emu(widthCm), Length.Emu(heightCm));
    }

    /// <summary>A bookmark id not used elsewhere in the document.</summary>
    public int NextBookmarkId() => ++_lastBookmarkId;

    /// <summary>
    /// Fills the contents, checks that every reference has its caption, and closes the body with
    /// its page-numbered section; nothing may be appended after.
    /// </summary>
    public void Finish()
    {
        FillContents();
        CaptionReferences.CheckResolved(Body);

        var footer = _main.AddNewPart<FooterPart>();
        footer.Footer = PageNumberFooter.Build(_info.FooterLabel);

        Body.Append(Layout.BodySection(_main.GetIdOfPart(footer)));
    }

    public void Dispose() => _document.Dispose();

    private void AddStyles() => _main.AddNewPart<StyleDefinitionsPart>().Styles = StyleSheet.Build();

    private void AddSettings() => _main.AddNewPart<DocumentSettingsPart>().Settings = new Settings(
        new DefaultTabStop { Val = 720 },
        new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
        // Word asks to update fields on open, which fills in the page numbers of the contents.
        new UpdateFieldsOnOpen { Val = true },
        // A line break inside a justified paragraph (a kendala typed over several lines) keeps its
        // line at its natural width instead of stretching it across the page.
        new Compatibility(
            new DoNotExpandShiftReturn(),
            new CompatibilitySetting
            {
                Name = CompatSettingNameValues.CompatibilityMode,
                Uri = "http://schemas.microsoft.com/office/word",
                Val = "15",
            }),
        new ThemeFontLanguages { Val = Language });

    private void Describe()
    {
        _document.PackageProperties.Title = _info.Title;
        _document.PackageProperties.Creator = "SakipAnalytics";
        _document.PackageProperties.Language = Language;
        _document.PackageProperties.Created = _info.Created.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
    }
}
