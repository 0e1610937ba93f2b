using System.Globalization;
using System.Text.RegularExpressions;
using SakipAnalytics.Model.Formatting;
using SakipAnalytics.Model.Quality;
using SakipAnalytics.Reports.Word;

namespace SakipAnalytics.Reports.Lkjip;

/// <summary>
/// The findings of one kind (<c>temuan</c>): each with its file, where in it (sheet, row, column;
/// the unit and month when the finding is about a report rather than a cell), what was found,
/// what was expected and what it means.
/// </summary>
internal static partial class FindingTable
{
    // Prepositions and conjunctions stay lower case in Indonesian titles.
    private static readonly HashSet<string> LowerInTitles =
        new(StringComparer.Ordinal) { "dan", "dengan", "tanpa", "di", "ke", "dari", "yang", "atau" };

    // What a file finding found is the cell as typed, so its dates stay as they were written.
    private static readonly HashSet<string> RawCellKinds = new(StringComparer.Ordinal) { "berkas ditolak", "peringatan berkas" };

    public static WordTable Build(IEnumerable<QualityFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);

        var table = new WordTable(
        [
            TableColumn.Center("No", 0.8m), TableColumn.Left("Berkas", 2.5m), TableColumn.Left("Letak", 2.3m),
            TableColumn.Left("Ditemukan", 2.6m), TableColumn.Left("Seharusnya", 2.4m), TableColumn.Left("Keterangan", 3.4m),
        ]);
        foreach (var (finding, index) in findings.Select((f, i) => (f, i + 1)))
            table.AddRow(Row(finding, index));
        return table;
    }

    /// <summary>Dates the checks write as 14/11/2024 read "14 November 2024", as everywhere in the report.</summary>
    public static string WithIndonesianDates(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        return NumericDate().Replace(text, m => DateOnly.TryParseExact(
            m.Value, "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? IndonesianFormat.Date(date)
            : m.Value);
    }

    /// <summary>A kind as a caption says it: "laporan sama dengan bulan lalu" becomes "Laporan Sama dengan Bulan Lalu".</summary>
    public static string Title(string kind)
    {
        ArgumentNullException.ThrowIfNull(kind);

        var words = kind.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Select((w, i) => i > 0 && LowerInTitles.Contains(w) ? w : Capitalised(w)));
    }

    /// <summary>"sheet IKU, baris 12, kolom Realisasi"; for a finding about a report, its unit and month.</summary>
    public static string Location(QualityFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);

        string?[] report = [Part("unit", finding.UnitCode), Period(finding)];
        return finding.CellLocation ?? Or(string.Join(", ", report.OfType<string>()));
    }

    private static string[] Row(QualityFinding finding, int index)
    {
        var found = RawCellKinds.Contains(finding.Kind) ? Or(finding.Found) : WithIndonesianDates(Or(finding.Found));

        return
        [
            $"{index}", finding.File ?? ValueText.Missing, Location(finding), found, WithIndonesianDates(Or(finding.Expected)),
            WithIndonesianDates(finding.Message),
        ];
    }

    // Codes and names with capitals of their own (LRA, e-Monev) keep them.
    private static string Capitalised(string word) =>
        word.Any(char.IsUpper) ? word : char.ToUpperInvariant(word[0]) + word[1..];

    private static string? Part(string label, string? value) => string.IsNullOrWhiteSpace(value) ? null : $"{label} {value}";

    private static string? Period(QualityFinding finding) => (finding.Year, finding.Month) switch
    {
        ({ } year, { } month) => IndonesianFormat.MonthYear(year, month),
        ({ } year, null) => $"tahun {year}",
        _ => null,
    };

    private static string Or(string? text) => string.IsNullOrWhiteSpace(text) ? ValueText.Missing : text;

    [GeneratedRegex(@"\b\d{2}/\d{2}/\d{4}\b", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();
}
