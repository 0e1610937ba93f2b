using SakipAnalytics.Ingest.Sheets;

namespace SakipAnalytics.Ingest.Layout;

/// <summary>
/// A sheet whose header row was found: the title lines above it, where each column is, and the
/// rows below it (the row of column numbers skipped), still streaming.
/// </summary>
public sealed record LocatedSheet(
    string? SheetName,
    IReadOnlyList<string> TitleLines,
    int HeaderRow,
    IReadOnlyList<string?> HeaderCells,
    IReadOnlyDictionary<string, int> ColumnIndex,
    IEnumerable<SheetRow> DataRows)
{
    public int? IndexOf(Column column) => ColumnIndex.TryGetValue(column.Name, out var index) ? index : null;

    public object? Cell(SheetRow row, Column column) => IndexOf(column) is { } i ? row.Raw(i) : null;

    public string? Text(SheetRow row, Column column) => IndexOf(column) is { } i ? row.Text(i) : null;
}
