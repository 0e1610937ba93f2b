using System.Globalization;

namespace SakipAnalytics.Ingest.Sheets;

/// <summary>
/// One row of a sheet or CSV file as found: its 1-based row number and its cells, each a string,
/// a number (double), a date or null.
/// </summary>
public sealed record SheetRow(int Number, IReadOnlyList<object?> Cells)
{
    public object? Raw(int column) => column < Cells.Count ? Cells[column] : null;

    /// <summary>The cell as trimmed text, or null when empty.</summary>
    public string? Text(int column) => Raw(column) switch
    {
        null => null,
        string s => CellText.Clean(s),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        var other => other.ToString(),
    };

    public bool IsEmpty => Cells.All(c => c is null || (c is string s && string.IsNullOrWhiteSpace(s)));

    /// <summary>The non-empty cells joined, for finding title lines wherever they sit.</summary>
    public string Joined => string.Join(" ", Enumerable.Range(0, Cells.Count).Select(Text).OfType<string>());
}
