using System.Text.RegularExpressions;
using SakipAnalytics.Cli.Tests.Fixtures;
using SakipAnalytics.Model.Formatting;
using SakipAnalytics.Reports.Tests.Fixtures;

namespace SakipAnalytics.Cli.Tests.Pipeline;

/// <summary>
/// The evaluation reports the main job writes from the bundled LKE worksheets pass the Open XML
/// validator and convert to PDF, the office report with every unit's total and the planted subtotal.
/// </summary>
[Collection(SharesBundledRun.Name)]
public sealed class EvaluationDocumentsTests(BundledRun run)
{
    [Fact]
    public void OfficeReport_Bundled2025_IsValidAndNamesThePlantedSubtotal()
    {
        var path = run.Result.Evaluation!.Paths[0];

        DocxChecks.AssertValid(path);
        using var pdf = DocxChecks.ConvertToPdf(path);

        // A table row's cells wrap side by side, so the PDF text interleaves them: words are looked for, not sentences.
        var text = Regex.Replace(string.Concat(Enumerable.Range(1, pdf.Pages).Select(pdf.PageText)), @"\s+", " ");
        Assert.Equal("Evaluasi-SAKIP-2025.docx", Path.GetFileName(path));
        Assert.All(["2.b Kualitas", "11,46", "10,42", "Hasil Evaluasi LKE PSAA", "LKE, baris 38"],
            words => Assert.Contains(words, text, StringComparison.Ordinal));
        Assert.All(run.Result.Evaluation.Evaluation.Units,
            unit => Assert.Contains(IndonesianFormat.Number(unit.Result.Total), text, StringComparison.Ordinal));
    }

    [Fact]
    public void UnitReport_Bundled2025_IsValidAndConvertsToPdf()
    {
        var path = run.Result.Evaluation!.Paths.Single(p => p.EndsWith("Evaluasi-SAKIP-PSAA-2025.docx", StringComparison.Ordinal));

        DocxChecks.AssertValid(path);
        using var pdf = DocxChecks.ConvertToPdf(path);

        Assert.Contains("UPTD Panti Sosial Asuhan Anak Budi Mulia", pdf.PageText(1), StringComparison.Ordinal);
    }
}
