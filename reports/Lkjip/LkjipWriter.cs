using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Formatting;
using SakipAnalytics.Reports.Word;

namespace SakipAnalytics.Reports.Lkjip;

/// <summary>
/// Writes the LKjIP draft of one year as a Word document: cover, Bab I to IV and Lampiran,
/// with the Bab III tables, analysis and charts generated from <see cref="LkjipFacts"/>.
/// The output depends only on the facts and the clock's date (printed on the cover).
/// </summary>
public sealed class LkjipWriter
{
    private readonly TimeProvider _clock;

    public LkjipWriter(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);

        _clock = clock;
    }

    /// <summary>The document's file name for a year: <c>LKjIP-2024.docx</c>.</summary>
    public static string FileName(int year) => $"LKjIP-{year.ToString(IndonesianFormat.CultureInfo)}.docx";

    /// <summary>Writes the document to a stream that can be written and seeked (a file or memory stream).</summary>
    public void Write(LkjipFacts facts, Stream output)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(output);

        using var package = WordPackage.Create(output, Describe(facts));
        Compose(new LkjipDraft(package, facts, Today()));
        package.Finish();
    }

    /// <summary>
    /// Writes <see cref="FileName"/> into the folder and returns its path. The file appears whole
    /// or not at all: it is written beside the target first and moved into place.
    /// </summary>
    public string WriteToFolder(LkjipFacts facts, string folder)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);

        var path = Path.Combine(folder, FileName(facts.Year));
        var partial = path + ".partial";
        WritePartial(facts, partial);

        File.Move(partial, path, overwrite: true);
        return path;
    }

    private void WritePartial(LkjipFacts facts, string partial)
    {
        try
        {
            using var stream = File.Create(partial);
            Write(facts, stream);
        }
        catch
        {
            // A half-written file must not stay behind to be mistaken for a report.
            File.Delete(partial);
            throw;
        }
    }

    private static void Compose(LkjipDraft draft)
    {
        CoverPage.Append(draft);
        draft.Package.AppendContents();
        Pendahuluan.Append(draft);
        PerencanaanKinerja.Append(draft);
        AkuntabilitasKinerja.Append(draft);
        Penutup.Append(draft);
        Lampiran.Append(draft);
    }

    private DocumentInfo Describe(LkjipFacts facts) => new(
        $"LKjIP {facts.Office.Name} Tahun {facts.Year}",
        $"LKjIP {facts.Office.Name} Tahun {facts.Year} (Draft)",
        Today());

    private DateOnly Today() => DateOnly.FromDateTime(_clock.GetLocalNow().DateTime);
}
