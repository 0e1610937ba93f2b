using SakipAnalytics.Model.Formatting;

namespace SakipAnalytics.Model.Quality;

/// <summary>
/// One data-quality or reconciliation finding over the store: its kind (<c>jenis</c>), where it
/// sits (file, sheet, row, column) and what was found against what was expected.
/// </summary>
public sealed record QualityFinding
{
    public required string Kind { get; init; }
    public string? FileKind { get; init; }
    public string? UnitCode { get; init; }
    public int? Year { get; init; }
    public int? Month { get; init; }
    public string? File { get; init; }
    public string? Sheet { get; init; }
    public int? Row { get; init; }
    public string? Column { get; init; }
    public string? Found { get; init; }
    public string? Expected { get; init; }
    public required string Message { get; init; }

    /// <summary>Where in its file, as reports print it: "sheet IKU, baris 12, kolom Realisasi"; null for a whole report.</summary>
    public string? CellLocation
    {
        get
        {
            string?[] parts =
            [
                string.IsNullOrWhiteSpace(Sheet) ? null : $"sheet {Sheet}",
                Row is { } row ? $"baris {row.ToString(IndonesianFormat.CultureInfo)}" : null,
                string.IsNullOrWhiteSpace(Column) ? null : $"kolom {Column}",
            ];
            var named = parts.OfType<string>().ToList();
            return named.Count == 0 ? null : string.Join(", ", named);
        }
    }
}
