using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Formatting;
using SakipAnalytics.Reports.Exports;
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

    /// <summary>
    /// The document's file name: <c>LKjIP-2024.docx</c> for the office, <c>LKjIP-PSAA-2024.docx</c> for a
    /// unit, with <c>-Bab-III</c> before the extension for the Bab III extract.
    /// </summary>
    public static string FileName(LkjipFacts facts, LkjipContent content = LkjipContent.WholeDraft)
    {
        ArgumentNullException.ThrowIfNull(facts);

        var unit = facts.Scope.UnitCode is { } code ? code + "-" : string.Empty;
        var part = content == LkjipContent.BabIII ? "-Bab-III" : string.Empty;
        return $"LKjIP-{unit}{facts.Year.ToString(IndonesianFormat.CultureInfo)}{part}.docx";
    }

    /// <summary>Writes the document to a stream that can be written and seeked, and returns its numbered tables.</summary>
    internal IReadOnlyList<DraftTable> Write(LkjipFacts facts, Stream output, LkjipContent content)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(output);

        using var package = WordPackage.Create(output, Describe(facts, content));
        var draft = new LkjipDraft(package, facts, Today());
        Compose(draft, content);
        package.Finish();
        return draft.Tables;
    }

    /// <summary>Writes the whole draft to a stream that can be written and seeked (a file or memory stream).</summary>
    public void Write(LkjipFacts facts, Stream output) => Write(facts, output, LkjipContent.WholeDraft);

    /// <summary>
    /// Writes <see cref="FileName"/> into the folder and returns its path. The file appears whole
    /// or not at all: it is written beside the target first and moved into place.
    /// </summary>
    public string WriteToFolder(LkjipFacts facts, string folder) => WriteDocument(facts, folder, LkjipContent.WholeDraft).Path;

    /// <summary>
    /// Writes Bab III alone as a document and its numbered tables as a workbook beside it, for planners
    /// who paste them into the official template; returns both paths.
    /// </summary>
    public (string Document, string Workbook) WriteBabIIIToFolder(LkjipFacts facts, string folder)
    {
        var (document, tables) = WriteDocument(facts, folder, LkjipContent.BabIII);
        var workbook = Path.ChangeExtension(document, ".xlsx");
        WholeFile.Write(workbook, stream => BabIIIWorkbook.Write(tables, stream));
        return (document, workbook);
    }

    private (string Path, IReadOnlyList<DraftTable> Tables) WriteDocument(LkjipFacts facts, string folder, LkjipContent content)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);

        var path = Path.Combine(folder, FileName(facts, content));
        IReadOnlyList<DraftTable> tables = [];
        WholeFile.Write(path, stream => tables = Write(facts, stream, content));
        return (path, tables);
    }

    private static void Compose(LkjipDraft draft, LkjipContent content)
    {
        if (content == LkjipContent.BabIII)
        {
            AkuntabilitasKinerja.Append(draft);
            return;
        }

        CoverPage.Append(draft);
        draft.Package.AppendContents();
        Pendahuluan.Append(draft);
        PerencanaanKinerja.Append(draft);
        AkuntabilitasKinerja.Append(draft);
        Penutup.Append(draft);
        Lampiran.Append(draft);
    }

    // A unit's full name makes a footer run onto a second line, so its footer names the unit by code.
    private DocumentInfo Describe(LkjipFacts facts, LkjipContent content)
    {
        var report = facts.Scope.UnitName is { } unit ? $"Laporan Kinerja {unit}" : $"LKjIP {facts.Office.Name}";
        var shortReport = facts.Scope.UnitCode is { } code ? $"Laporan Kinerja {code}" : report;
        var part = content == LkjipContent.BabIII ? "Bab III " : string.Empty;
        return new DocumentInfo(
            $"{part}{report} Tahun {facts.Year}", $"{part}{shortReport} Tahun {facts.Year} (Draft)", Today());
    }

    private DateOnly Today() => DateOnly.FromDateTime(_clock.GetLocalNow().DateTime);
}
