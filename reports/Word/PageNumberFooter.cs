using DocumentFormat.OpenXml.Wordprocessing;

namespace SakipAnalytics.Reports.Word;

/// <summary>A footer with a short document label and the page number as a PAGE field.</summary>
internal static class PageNumberFooter
{
    public static Footer Build(string label) => new(new Paragraph(
        BodyText.Style(StyleIds.Footer),
        BodyText.Run(label + " | Halaman "),
        new SimpleField(BodyText.Run("1")) { Instruction = " PAGE " }));
}
