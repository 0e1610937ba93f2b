namespace SakipAnalytics.Ingest.Sheets;

/// <summary>A sheet (or a whole CSV file) read row by row, streaming.</summary>
public sealed record Sheet(string? Name, IEnumerable<SheetRow> Rows);
