using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.Logging.Abstractions;
using SakipAnalytics.Cli.Commands;
using SakipAnalytics.Cli.Tests.Fixtures;

namespace SakipAnalytics.Cli.Tests.Commands;

[Collection(SharesBundledRun.Name)]
public sealed class ReportCommandTests(BundledRun run)
{
    private string Laporan => Path.Combine(run.Output, "laporan");

    [Fact]
    public void ReportBab3_BundledYear_WritesBabIIIAloneAndItsTablesAsAWorkbook()
    {
        var output = new StringWriter();

        var code = Invoke(output, "report", "bab3", "--year", "2025");

        var document = Path.Combine(Laporan, "LKjIP-2025-Bab-III.docx");
        var sheets = XlsxSheets.Read(Path.ChangeExtension(document, ".xlsx"));
        var iku01 = sheets["Tabel 3.1"].Single(r => r.Contains("Persentase PPKS yang mandiri (%)"));
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains($"Ditulis: {document}", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(["BAB III AKUNTABILITAS KINERJA"], Chapters(document));
        Assert.Empty(SchemaErrors(document));
        Assert.Equal(["1", "Persentase PPKS yang mandiri (%)", "20.5", "20.12", "98.15", "Sangat Tinggi", "20.36", "21.1"], iku01);
        Assert.StartsWith("Tabel 3.1 Capaian IKU Sasaran", sheets["Tabel 3.1"][0][0], StringComparison.Ordinal);
    }

    [Fact]
    public void ReportBab3_RenstrasFirstYear_ComparesWithTheBaselineInTableAndText()
    {
        Invoke(new StringWriter(), "report", "bab3", "--year", "2021");

        var sheets = XlsxSheets.Read(Path.Combine(Laporan, "LKjIP-2021-Bab-III.xlsx"));
        var iku01 = sheets["Tabel 3.1"].Single(r => r.Contains("Persentase PPKS yang mandiri (%)"));
        Assert.Equal("14.85", iku01[6]);
        Assert.DoesNotContain(WordTables.Paragraphs(Path.Combine(Laporan, "LKjIP-2021-Bab-III.docx")),
            p => p.Contains("Realisasi tahun 2020 tidak tersedia", StringComparison.Ordinal));
    }

    [Fact]
    public void ReportUnit_Psaa_WritesTheUnitsOwnReportNamedByItsCode()
    {
        var code = Invoke(new StringWriter(), "report", "unit", "--unit", "psaa", "--year", "2025");

        var document = Path.Combine(Laporan, "LKjIP-PSAA-2025.docx");
        var text = WordTables.Paragraphs(document).ToList();
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("UPTD PANTI SOSIAL ASUHAN ANAK BUDI MULIA", text);
        Assert.Contains(text, p => p.StartsWith("Tabel 3.1 Capaian Indikator Sasaran", StringComparison.Ordinal));
        Assert.DoesNotContain(text, p => p.Contains("IKU.01", StringComparison.Ordinal));
        Assert.Empty(SchemaErrors(document));
    }

    [Theory]
    [InlineData(
        "lkjip --year 2026",
        "Belum ada capaian Desember 2026 untuk IKU Dinas; muat laporan akhir tahunnya lebih dulu (sakip files menunjukkan "
        + "bila berkasnya ditolak).")]
    [InlineData("unit --unit XYZ", "Unit 'XYZ' tidak dikenal di workbook referensi yang termuat.")]
    [InlineData(
        "unit --unit dinsos",
        "DINSOS adalah Dinas sendiri, bukan unit kerja; laporan kinerjanya adalah LKjIP Dinas: sakip report lkjip.")]
    public void Report_YearOrUnitWithoutData_SaysWhatIsMissingAndFails(string arguments, string message)
    {
        var output = new StringWriter();

        var code = Invoke(output, ["report", .. arguments.Split(' ')]);

        Assert.Equal((ExitCodes.Failed, message), (code, output.ToString().Trim()));
    }

    private int Invoke(StringWriter output, params string[] args) =>
        SakipCommandLine.Build(NullLoggerFactory.Instance, output).Parse([.. args, "--out", run.Output]).Invoke();

    private static List<string> Chapters(string path)
    {
        using var document = WordprocessingDocument.Open(path, false);
        return document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1")
            .Select(p => CaptionedTables.Visible(p))
            .ToList();
    }

    private static List<string> SchemaErrors(string path)
    {
        using var document = WordprocessingDocument.Open(path, false);
        return new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
    }
}
