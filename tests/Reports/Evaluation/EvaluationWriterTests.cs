using SakipAnalytics.Model.Evaluation;
using SakipAnalytics.Reports.Evaluation;
using SakipAnalytics.Reports.Tests.Fixtures;

namespace SakipAnalytics.Reports.Tests.Evaluation;

/// <summary>The files the writer leaves in the folder, and what Word's validator and LibreOffice make of them.</summary>
public sealed class EvaluationWriterTests(WrittenEvaluation written) : IClassFixture<WrittenEvaluation>
{
    [Fact]
    public void WriteToFolder_ThreeUnits_ReturnsOfficeReportThenUnitsInRankOrderThenWorkbook()
    {
        var names = written.Paths.Select(Path.GetFileName);

        Assert.Equal(
        [
            "Evaluasi-SAKIP-2025.docx", "Evaluasi-SAKIP-SEK-2025.docx", "Evaluasi-SAKIP-PSAA-2025.docx",
            "Evaluasi-SAKIP-PSBR-2025.docx", "Rekap-LKE-2025.xlsx",
        ], names);
        Assert.All(written.Paths, path => Assert.Equal(written.Folder, Path.GetDirectoryName(path)));
    }

    [Fact]
    public void WriteToFolder_Finished_LeavesOnlyTheWrittenFiles()
    {
        var files = Directory.GetFiles(written.Folder).Order(StringComparer.Ordinal);

        Assert.Equal(written.Paths.Order(StringComparer.Ordinal), files);
    }

    [Theory]
    [InlineData("Evaluasi-SAKIP-2025.docx")]
    [InlineData("Evaluasi-SAKIP-SEK-2025.docx")]
    [InlineData("Evaluasi-SAKIP-PSAA-2025.docx")]
    [InlineData("Evaluasi-SAKIP-PSBR-2025.docx")]
    public void WriteToFolder_EveryReport_PassesOpenXmlValidatorInEveryFormat(string fileName)
    {
        DocxChecks.AssertValid(written.Document(fileName));
    }

    [Theory]
    [InlineData("Evaluasi-SAKIP-2025.docx", "Dinas Sosial Provinsi Nusa Tenggara Barat")]
    [InlineData("Evaluasi-SAKIP-SEK-2025.docx", "Sekretariat")]
    [InlineData("Evaluasi-SAKIP-PSAA-2025.docx", "UPTD Panti Sosial Asuhan Anak")]
    [InlineData("Evaluasi-SAKIP-PSBR-2025.docx", "UPTD Panti Sosial Bina Remaja")]
    public void WriteToFolder_EveryReport_ConvertsToPdfWithLibreOffice(string fileName, string owner)
    {
        using var pdf = DocxChecks.ConvertToPdf(written.Document(fileName));

        var firstPage = pdf.PageText(1);

        Assert.InRange(pdf.Pages, 1, 10);
        Assert.Contains("Laporan Hasil Evaluasi Akuntabilitas Kinerja", firstPage, StringComparison.Ordinal);
        Assert.Contains(owner, firstPage, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteToFolder_NoDifferenceOrContradiction_OfficeReportSaysSo()
    {
        var sek = EvaluationSample.Create().Units[0];
        var evaluation = new OfficeEvaluation(2025, [sek with { Checks = [] }], []);
        var folder = Directory.CreateTempSubdirectory("lke-reports-").FullName;

        try
        {
            new EvaluationWriter(new FixedClock(WrittenEvaluation.Now)).WriteToFolder(evaluation, EvaluationSample.Office, folder);
            var body = WrittenEvaluation.ReadBody(Path.Combine(folder, "Evaluasi-SAKIP-2025.docx"));

            Assert.Equal("Tidak ada selisih: setiap subtotal dan nilai akhir yang ditulis evaluator di semua unit sesuai "
                + "dengan hasil hitung ulang dari jawaban.", Assert.Single(ReportLines.Section(body, "3. Selisih Nilai Evaluator")));
            Assert.Equal("Tidak ada jawaban Capaian Kinerja yang bertentangan dengan data capaian Desember 2025.",
                Assert.Single(ReportLines.Section(body, "4. Jawaban Capaian Kinerja yang Bertentangan dengan Data")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void WriteToFolder_NoUnits_ThrowsWithoutWriting()
    {
        var folder = Path.Combine(Path.GetTempPath(), "lke-reports-" + Guid.NewGuid().ToString("N"));
        var writer = new EvaluationWriter(new FixedClock(WrittenEvaluation.Now));

        var error = Assert.Throws<ArgumentException>(
            () => writer.WriteToFolder(new OfficeEvaluation(2025, [], []), EvaluationSample.Office, folder));

        Assert.StartsWith("The evaluation of 2025 has no unit worksheet to report on.", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder));
    }
}
