using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using SakipAnalytics.Model.Formatting;
using SakipAnalytics.Reports.Word;

namespace SakipAnalytics.Reports.Lkjip;

/// <summary>
/// The cover: title, the DRAFT mark and the office (for a unit: the unit, then its office). It opens the front section, which has no page
/// number; the contents that follow close it (<see cref="WordPackage.AppendContents"/>).
/// </summary>
internal static class CoverPage
{
    private const string DraftColor = "C00000";

    public static void Append(LkjipDraft draft)
    {
        draft.Append(
            Line(StyleIds.Title, BodyText.Run(Title(draft)), beforeCm: 4m),
            Line(StyleIds.Subtitle, DraftMark(), beforeCm: 1.5m),
            Line(StyleIds.Subtitle, BodyText.Run(draft.Owner.ToUpperInvariant()), beforeCm: 7m));
        if (draft.Facts.Scope.IsUnit)
            draft.Append(Line(StyleIds.Subtitle, BodyText.Run(draft.OfficeName.ToUpperInvariant()), beforeCm: 0.3m));
        draft.Append(Closing(draft.Date));
    }

    private static string Title(LkjipDraft draft) => draft.Facts.Scope.IsUnit
        ? $"LAPORAN KINERJA TAHUN {draft.Year}"
        : $"LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN {draft.Year}";

    private static Paragraph Line(string styleId, Run run, decimal beforeCm) => new(
        new ParagraphProperties
        {
            ParagraphStyleId = new ParagraphStyleId { Val = styleId },
            SpacingBetweenLines = new SpacingBetweenLines { Before = Twips(beforeCm) },
        },
        run);

    private static Run DraftMark() => new(new RunProperties(new Color { Val = DraftColor }), new Text("DRAFT"));

    private static Paragraph Closing(DateOnly date) => new(
        new ParagraphProperties
        {
            SpacingBetweenLines = new SpacingBetweenLines { Before = Twips(3m) },
            Justification = new Justification { Val = JustificationValues.Center },
        },
        BodyText.Run($"Draf disusun otomatis oleh SakipAnalytics pada {IndonesianFormat.Date(date)} "
            + "dan perlu ditelaah oleh perencana sebelum ditetapkan."));

    private static string Twips(decimal cm) => Length.Twips(cm).ToString(CultureInfo.InvariantCulture);
}
