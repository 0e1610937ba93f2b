using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SakipAnalytics.Reports.Word;

/// <summary>
/// The table of contents and the lists of tables and figures. Headings and captions are appended as
/// the document is written, so the lists are built at <see cref="Finish"/> from the body itself.
/// </summary>
internal sealed partial class WordPackage
{
    private bool _contentsPlaced;
    private OpenXmlElement? _contentsAfter;

    /// <summary>
    /// Places the table of contents (DAFTAR ISI) and, when the document has captions, the lists of
    /// tables and figures here, each on its own page. They end the front section: the pages before
    /// the body carry no page number, and the body counts from 1.
    /// </summary>
    public void AppendContents()
    {
        if (_contentsPlaced)
            throw new InvalidOperationException("The contents are placed already; a document has one table of contents.");

        _contentsPlaced = true;
        _contentsAfter = Body.LastChild;
    }

    private void FillContents()
    {
        if (!_contentsPlaced)
            return;

        ContentsList[] lists =
        [
            Headings(),
            Captions(CaptionLabel.Table, "DAFTAR TABEL"),
            Captions(CaptionLabel.Figure, "DAFTAR GAMBAR"),
        ];
        var paragraphs = lists.Where(l => l.Entries.Count > 0).SelectMany(l => l.ToParagraphs()).ToList();

        InsertAtContents(paragraphs);
        EndFrontSection(paragraphs.LastOrDefault() ?? _contentsAfter as Paragraph);
    }

    // The section break rides on the front pages' last line of text, so no empty paragraph carries it.
    private void EndFrontSection(Paragraph? last)
    {
        if (last is not null)
            (last.ParagraphProperties ??= new ParagraphProperties()).SectionProperties = Layout.FrontSection();
    }

    private ContentsList Headings()
    {
        var entries = Body.Elements<Paragraph>()
            .Select(p => (Paragraph: p, Style: ContentsStyle(StyleOf(p))))
            .Where(h => h.Style is not null)
            .Select(h => new ContentsEntry(TextOf(h.Paragraph), MarkHeading(h.Paragraph), h.Style!))
            .ToList();

        return new ContentsList("DAFTAR ISI", @"TOC \o ""1-3"" \h \z \u", entries);
    }

    private ContentsList Captions(CaptionLabel label, string title)
    {
        var sequence = $"SEQ {label.Name} ";
        var entries = Body.Elements<Paragraph>()
            .Where(p => StyleOf(p) == StyleIds.Caption && p.Descendants<FieldCode>().Any(f => Starts(f, sequence)))
            .Select(p => new ContentsEntry(TextOf(p), AnchorOf(p), StyleIds.TableOfFigures))
            .ToList();

        return new ContentsList(title, $@"TOC \h \z \c ""{label.Name}""", entries);
    }

    private string MarkHeading(Paragraph heading)
    {
        var id = NextBookmarkId();
        var bookmark = new Bookmark(id, "_Toc" + id.ToString("D6", CultureInfo.InvariantCulture));

        bookmark.Wrap(heading);
        return bookmark.Name;
    }

    private void InsertAtContents(IEnumerable<Paragraph> paragraphs)
    {
        var after = _contentsAfter;
        foreach (var paragraph in paragraphs)
        {
            if (after is null)
                Body.PrependChild(paragraph);
            else
                after.InsertAfterSelf(paragraph);

            after = paragraph;
        }
    }

    private static string? ContentsStyle(string? styleId) => styleId switch
    {
        StyleIds.Heading1 => StyleIds.Contents1,
        StyleIds.Heading2 => StyleIds.Contents2,
        StyleIds.Heading3 => StyleIds.Contents3,
        _ => null,
    };

    private static string? StyleOf(Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    private static bool Starts(FieldCode code, string instruction) =>
        code.Text.TrimStart().StartsWith(instruction, StringComparison.Ordinal);

    // NumberedCaption puts the caption's bookmark around its label and number.
    private static string AnchorOf(Paragraph caption) => caption.Descendants<BookmarkStart>().First().Name!.Value!;

    private static string TextOf(Paragraph paragraph) =>
        string.Concat(paragraph.Descendants<Text>().Select(t => t.Text));
}
