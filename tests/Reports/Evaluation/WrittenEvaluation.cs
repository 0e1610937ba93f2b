using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using SakipAnalytics.Reports.Evaluation;

namespace SakipAnalytics.Reports.Tests.Evaluation;

/// <summary>
/// The reports and workbook of <see cref="EvaluationSample"/> written once into a temporary folder,
/// shared by the tests of a class; disposing deletes the folder.
/// </summary>
public sealed class WrittenEvaluation : IDisposable
{
    /// <summary>The clock's instant: the documents print 4 Desember 2026.</summary>
    public static readonly DateTimeOffset Now = new(2026, 12, 4, 8, 30, 0, TimeSpan.Zero);

    public WrittenEvaluation()
    {
        Folder = Directory.CreateTempSubdirectory("lke-reports-").FullName;
        Paths = new EvaluationWriter(new FixedClock(Now)).WriteToFolder(EvaluationSample.Create(), EvaluationSample.Office, Folder);
    }

    public string Folder { get; }

    public IReadOnlyList<string> Paths { get; }

    public string Document(string fileName) => Path.Combine(Folder, fileName);

    /// <summary>A copy of a written document's body, read from its file.</summary>
    public Body Body(string fileName) => ReadBody(Document(fileName));

    public static Body ReadBody(string path)
    {
        using var document = WordprocessingDocument.Open(path, isEditable: false);
        return (Body)document.MainDocumentPart!.Document!.Body!.CloneNode(deep: true);
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
