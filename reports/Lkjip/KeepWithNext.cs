using DocumentFormat.OpenXml.Wordprocessing;

namespace SakipAnalytics.Reports.Lkjip;

/// <summary>
/// Keeps a short paragraph on the page of what follows it: the line that opens a list ("... adalah
/// sebagai berikut:") or announces a table must not be left alone at the foot of a page.
/// </summary>
internal static class KeepWithNext
{
    public static Paragraph Apply(Paragraph paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);

        (paragraph.ParagraphProperties ??= new ParagraphProperties()).KeepNext = new KeepNext();
        return paragraph;
    }
}
