using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Reports.Lkjip;
using SakipAnalytics.Reports.Word;

namespace SakipAnalytics.Reports.Tests.Lkjip;

/// <summary>Writes one part of a draft into a document of its own and reads its body back, without Bab III's charts.</summary>
internal static class WrittenDraft
{
    private static readonly DocumentInfo Info = new("Uji", "Uji", new DateOnly(2025, 1, 6));

    public static Body Of(LkjipFacts facts, Action<LkjipDraft> write)
    {
        using var stream = new MemoryStream();
        using (var package = WordPackage.Create(stream, Info))
        {
            write(new LkjipDraft(package, facts, Info.Created));
            package.Finish();
        }

        stream.Position = 0;
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        return (Body)document.MainDocumentPart!.Document!.Body!.CloneNode(deep: true);
    }
}
