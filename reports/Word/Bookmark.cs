using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SakipAnalytics.Reports.Word;

/// <summary>A named place in the text that REF fields and hyperlinks point to; ids are unique per document.</summary>
internal sealed record Bookmark(int Id, string Name)
{
    /// <summary>The content between the bookmark's start and end marks.</summary>
    public IEnumerable<OpenXmlElement> Around(IEnumerable<OpenXmlElement> content) =>
        [new BookmarkStart { Id = IdText(), Name = Name }, .. content, End()];

    /// <summary>Marks a whole paragraph's content, e.g. a heading the table of contents links to.</summary>
    public void Wrap(Paragraph paragraph)
    {
        var start = new BookmarkStart { Id = IdText(), Name = Name };
        if (paragraph.ParagraphProperties is { } properties)
            properties.InsertAfterSelf(start);
        else
            paragraph.PrependChild(start);

        paragraph.AppendChild(End());
    }

    private BookmarkEnd End() => new() { Id = IdText() };

    private string IdText() => Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
