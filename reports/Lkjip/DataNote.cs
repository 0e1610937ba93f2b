using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Quality;

namespace SakipAnalytics.Reports.Lkjip;

/// <summary>
/// The data-quality findings about the very line an indicator's year-end figure comes from (the
/// same file and row), stated beside the figure so that it is not read without them. Findings the
/// narrative already explains (no PK target, capaian not computable) are left to it.
/// </summary>
internal static class DataNote
{
    private static readonly HashSet<string> Explained =
        new(StringComparer.Ordinal) { "target tanpa PK", "capaian tidak dapat dihitung" };

    public static string? Of(IndicatorResult indicator, IReadOnlyList<QualityFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(findings);

        var notes = findings
            .Where(f => f.File == indicator.Source.FileName && f.Row == indicator.Source.Row && !Explained.Contains(f.Kind))
            .Select(Sentence)
            .ToList();
        return notes.Count == 0
            ? null
            : $"Catatan kualitas data: {string.Join(" ", notes)} Rinciannya tercantum pada Lampiran 3.";
    }

    private static string Sentence(QualityFinding finding)
    {
        var message = FindingTable.WithIndonesianDates(finding.Message.TrimEnd('.')) + ".";
        return finding.Found is { } found && finding.Expected is { } expected
            ? $"{message} Nilai yang dilaporkan {found}, sedangkan seharusnya {FindingTable.WithIndonesianDates(expected)}."
            : message;
    }
}
