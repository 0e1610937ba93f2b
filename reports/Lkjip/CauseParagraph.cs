using DocumentFormat.OpenXml.Wordprocessing;
using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Reports.Word;

namespace SakipAnalytics.Reports.Lkjip;

/// <summary>
/// The causes behind an IKU's result from the units' kendala and tindak lanjut; what they did
/// not report stays a placeholder for the planner.
/// </summary>
internal static class CauseParagraph
{
    public static Paragraph For(IndicatorResult indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);

        if (indicator.Kendala is null && indicator.TindakLanjut is null)
            return BodyText.Placeholder("penyebab keberhasilan atau kegagalan, upaya yang telah dilakukan, "
                + $"serta program dan kegiatan yang mendukung capaian {indicator.Code}");

        return new Paragraph(
            BodyText.Bold("Kendala: "), Part(indicator.Kendala, "kendala yang dihadapi"),
            BodyText.Run(" "),
            BodyText.Bold("Tindak lanjut: "), Part(indicator.TindakLanjut, "tindak lanjut atas kendala"));
    }

    private static Run Part(string? text, string placeholder) =>
        string.IsNullOrWhiteSpace(text) ? BodyText.PlaceholderRun(placeholder) : BodyText.Run(Sentence(text));

    // Units type kendala without a final stop; the two parts share a line, so each must end as a sentence.
    private static string Sentence(string text)
    {
        var trimmed = text.Trim();
        return trimmed.EndsWith('.') || trimmed.EndsWith('!') || trimmed.EndsWith('?') ? trimmed : trimmed + ".";
    }
}
