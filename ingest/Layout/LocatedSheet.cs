using SakipAnalytics.Ingest.Sheets;

namespace SakipAnalytics.Ingest.Layout;

/// <summary>
/// A sheet whose header row was found: the title lines above it, where each column is, and the
/// rows below it (the row of column numbers skipped), still streaming.
/// </summary>
public sealed record LocatedSheet(
    string? SheetName,
    IReadOnlyList<TitleLine> TitleLines,
    int HeaderRow,
    IReadOnlyList<string?> HeaderCells,
    IReadOnlyDictionary<string, int> ColumnIndex,
    int RequiredWidth,
    IEnumerable<SheetRow> DataRows)
{
    public int? IndexOf(Column column) => ColumnIndex.TryGetValue(column.Name, out var index) ? index : null;

    // RequiredWidth: the position after the last required column; a row shorter than that lacks data.

    /// <summary>How many columns the header spans: the position after its last named cell.</summary>
    public int HeaderWidth => HeaderCells.Select((text, i) => text is null ? 0 : i + 1).DefaultIfEmpty(0).Max();

    public object? Cell(SheetRow row, Column column) => IndexOf(column) is { } i ? row.Raw(i) : null;

    public string? Text(SheetRow row, Column column) => IndexOf(column) is { } i ? row.Text(i) : null;
}
