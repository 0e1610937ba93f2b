using DocumentFormat.OpenXml.Wordprocessing;

namespace SakipAnalytics.Reports.Word;

/// <summary>
/// One line of a table of contents: the heading or caption text, linked to its bookmark. Page
/// numbers need a layout engine: Word adds them when it updates the field on open.
/// </summary>
internal sealed record ContentsEntry(string Text, string Anchor, string StyleId)
{
    public Paragraph ToParagraph() => new(
        BodyText.Style(StyleId),
        new Hyperlink(BodyText.Run(Text)) { Anchor = Anchor, History = true });
}
