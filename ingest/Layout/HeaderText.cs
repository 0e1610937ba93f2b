namespace SakipAnalytics.Ingest.Layout;

/// <summary>Header cells compared the way people read them: case, spacing and line breaks ignored.</summary>
public static class HeaderText
{
    public static string Normalize(string? text) =>
        text is null ? "" : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
