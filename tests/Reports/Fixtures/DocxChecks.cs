using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace SakipAnalytics.Reports.Tests.Fixtures;

/// <summary>
/// What the tools a reader uses make of a written .docx: the Open XML validator (Word refuses or
/// repairs what it rejects) and LibreOffice's conversion to PDF.
/// </summary>
internal static class DocxChecks
{
    private static readonly TimeSpan ConversionTimeout = TimeSpan.FromSeconds(120);

    /// <summary>Fails with every error's part, path and description, for the default file format and Office 2019.</summary>
    public static void AssertValid(Stream docx)
    {
        using var document = WordprocessingDocument.Open(docx, isEditable: false);
        AssertValid(document);
    }

    /// <inheritdoc cref="AssertValid(Stream)"/>
    public static void AssertValid(string docxPath)
    {
        using var document = WordprocessingDocument.Open(docxPath, isEditable: false);
        AssertValid(document);
    }

    /// <summary>
    /// Converts with <c>soffice --headless</c> into a temporary folder and counts the PDF's pages.
    /// Each call has its own LibreOffice profile: parallel conversions sharing one would block each other.
    /// </summary>
    public static ConvertedPdf ConvertToPdf(string docxPath)
    {
        var folder = Directory.CreateTempSubdirectory("docx-pdf-").FullName;
        var profile = Path.Combine(folder, "profile");
        string[] arguments = [$"-env:UserInstallation={new Uri(profile).AbsoluteUri}", "--headless", "--convert-to", "pdf",
            "--outdir", folder, docxPath];

        var (exitCode, output) = ExternalProgram.Run("soffice", arguments, ConversionTimeout);
        Directory.Delete(profile, recursive: true);

        var pdf = Path.Combine(folder, Path.GetFileNameWithoutExtension(docxPath) + ".pdf");
        Assert.True(exitCode == 0 && File.Exists(pdf), $"LibreOffice did not convert {docxPath} (exit code {exitCode}):\n{output}");
        return new ConvertedPdf(pdf);
    }

    private static void AssertValid(WordprocessingDocument document)
    {
        OpenXmlValidator[] validators = [new(), new(FileFormatVersions.Office2019)];

        var errors = validators
            .SelectMany(v => v.Validate(document).Select(e => $"[{v.FileFormat}] {e.Part?.Uri} {e.Path?.XPath}: {e.Description}"))
            .ToList();

        Assert.True(errors.Count == 0, $"{errors.Count} validation errors:\n{string.Join("\n", errors)}");
    }
}
