using SakipAnalytics.Ingest.Layout;
using SakipAnalytics.Ingest.Sheets;

namespace SakipAnalytics.Ingest.Referensi;

/// <summary>One sheet of the reference workbook, located and read into memory (the workbook is small).</summary>
internal sealed record ReferenceRows(LocatedSheet Sheet, IReadOnlyList<SheetRow> Rows)
{
    public string? Name => Sheet.SheetName;

    public string? Text(SheetRow row, string column) => Sheet.ColumnIndex.TryGetValue(column, out var i) ? row.Text(i) : null;

    public object? Cell(SheetRow row, string column) => Sheet.ColumnIndex.TryGetValue(column, out var i) ? row.Raw(i) : null;

    /// <summary>The header columns whose text matches, with what the pattern captured (a year or a month name).</summary>
    public IEnumerable<(int Index, string Captured)> Dynamic(System.Text.RegularExpressions.Regex pattern)
    {
        for (var i = 0; i < Sheet.HeaderCells.Count; i++)
        {
            if (Sheet.HeaderCells[i] is { } text && pattern.Match(text) is { Success: true } match)
                yield return (i, match.Groups[1].Value);
        }
    }
}
