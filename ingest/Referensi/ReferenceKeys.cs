namespace SakipAnalytics.Ingest.Referensi;

/// <summary>The codes defined so far while a reference workbook loads, for checking the sheets that name them.</summary>
internal sealed class ReferenceKeys
{
    public HashSet<string> Units { get; } = new(StringComparer.OrdinalIgnoreCase);

    public HashSet<string> Indicators { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Each Kode Sasaran with the name it was first given and the row it was given on.</summary>
    public Dictionary<string, (string Name, int Row)> Sasaran { get; } = new(StringComparer.OrdinalIgnoreCase);

    public string? OfficeUnit { get; set; }
}
