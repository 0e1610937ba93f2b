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
}
