namespace SakipAnalytics.Ingest.Sheets;

/// <summary>A sheet (or a whole CSV file) read row by row, streaming.</summary>
public sealed record Sheet(string? Name, IEnumerable<SheetRow> Rows)
{
    /// <summary>Something about how the sheet was read that the unit should know (a guessed encoding).</summary>
    public string? Note { get; init; }
}
