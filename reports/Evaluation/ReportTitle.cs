using DocumentFormat.OpenXml.Wordprocessing;
using SakipAnalytics.Model.Formatting;
using SakipAnalytics.Reports.Word;

namespace SakipAnalytics.Reports.Evaluation;

/// <summary>
/// The head of an evaluation report: its title, whose report it is and the year, then what was
/// evaluated under which rubric, and when and how the report was made.
/// </summary>
internal static class ReportTitle
{
    public const string Text = "Laporan Hasil Evaluasi Akuntabilitas Kinerja Internal";

    public static void Append(
        EvaluationDocument document, string owner, int year, IEnumerable<(string Lead, string Text)> facts)
    {
        document.Append(
            BodyText.Styled(StyleIds.Title, Text),
            BodyText.Styled(StyleIds.Subtitle, owner),
            BodyText.Styled(StyleIds.Subtitle, $"Tahun {year}"));
        foreach (var (lead, text) in facts)
            document.Append(BodyText.LeadIn(lead + ":", text));
        document.Append(Closing(document.Date));
    }

    private static Paragraph Closing(DateOnly date) => BodyText.Plain(
        $"Laporan ini disusun otomatis oleh SakipAnalytics pada {IndonesianFormat.Date(date)} dari lembar kerja evaluasi (LKE) "
        + "yang dimuat; setiap nilai dihitung ulang dari jawaban evaluator.");
}
