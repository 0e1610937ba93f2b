using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Reports.Lkjip;

namespace SakipAnalytics.Reports.Tests.Lkjip;

/// <summary>
/// The LKjIP of <see cref="SampleLkjipFacts"/> written once into memory and opened read-only;
/// shared by the tests of a class (charts take a moment to render).
/// </summary>
public sealed class LkjipDocument : IDisposable
{
    public static readonly DateTimeOffset CoverDate = new(2025, 2, 10, 9, 0, 0, TimeSpan.Zero);

    private readonly MemoryStream _bytes;

    public LkjipDocument()
        : this(SampleLkjipFacts.Create())
    {
    }

    internal LkjipDocument(LkjipFacts facts)
    {
        _bytes = new MemoryStream();
        new LkjipWriter(new FixedClock(CoverDate)).Write(facts, _bytes);

        _bytes.Position = 0;
        Word = WordprocessingDocument.Open(_bytes, isEditable: false);
    }

    public WordprocessingDocument Word { get; }

    public Body Body => Word.MainDocumentPart!.Document!.Body!;

    public byte[] ToArray() => _bytes.ToArray();

    public void Dispose()
    {
        Word.Dispose();
        _bytes.Dispose();
    }
}
