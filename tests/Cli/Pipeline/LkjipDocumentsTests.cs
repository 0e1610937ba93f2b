using Microsoft.Extensions.Logging.Abstractions;
using SakipAnalytics.Cli.Commands;
using SakipAnalytics.Cli.Tests.Fixtures;
using SakipAnalytics.Reports.Tests.Fixtures;

namespace SakipAnalytics.Cli.Tests.Pipeline;

/// <summary>
/// The documents the bundled data gives (the LKjIP draft, Bab III alone, a UPTD's report) pass the
/// Open XML validator and convert to PDF with LibreOffice, with the pages a reader expects.
/// </summary>
[Collection(SharesBundledRun.Name)]
public sealed class LkjipDocumentsTests(BundledRun run)
{
    [Fact]
    public void Lkjip_BundledData_IsValidAndPrintsEveryChapter()
    {
        var path = run.Result.LkjipPath!;

        DocxChecks.AssertValid(path);
        using var pdf = DocxChecks.ConvertToPdf(path);

        var text = AllText(pdf);
        Assert.True(pdf.Pages >= 10, $"{pdf.Pages} pages");
        Assert.All(["DRAFT", "DAFTAR ISI", "BAB I PENDAHULUAN", "BAB III AKUNTABILITAS KINERJA", "BAB IV PENUTUP"],
            heading => Assert.Contains(heading, text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("bab3", "LKjIP-2025-Bab-III.docx", "Tabel 3.1 Capaian IKU Sasaran")]
    [InlineData("unit --unit PSBL", "LKjIP-PSBL-2025.docx", "UPTD PANTI SOSIAL BINA LARAS BUDI LUHUR")]
    public void Report_BundledData_IsValidAndConvertsToPdf(string arguments, string file, string expected)
    {
        var code = SakipCommandLine.Build(NullLoggerFactory.Instance, new StringWriter())
            .Parse(["report", .. arguments.Split(' '), "--year", "2025", "--out", run.Output]).Invoke();
        var path = Path.Combine(run.Output, "laporan", file);

        DocxChecks.AssertValid(path);
        using var pdf = DocxChecks.ConvertToPdf(path);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains(expected, AllText(pdf), StringComparison.Ordinal);
    }

    private static string AllText(ConvertedPdf pdf) =>
        string.Concat(Enumerable.Range(1, pdf.Pages).Select(pdf.PageText));
}
