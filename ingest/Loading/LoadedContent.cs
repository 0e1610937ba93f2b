namespace SakipAnalytics.Ingest.Loading;

/// <summary>What a file turned out to be about, read from its content: unit, period and rows appended.</summary>
public sealed record LoadedContent(string? UnitCode, int? Year, int? Month, int Rows)
{
    public static LoadedContent Nothing { get; } = new(null, null, null, 0);
}
