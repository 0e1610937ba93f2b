namespace SakipAnalytics.Ingest.Loading;

/// <summary>
/// What a file turned out to be about, read from its content: unit, period, rows appended and,
/// when the file carries a signature block, the date it was signed.
/// </summary>
public sealed record LoadedContent(string? UnitCode, int? Year, int? Month, int Rows)
{
    public DateOnly? SignedOn { get; init; }

    public static LoadedContent Nothing { get; } = new(null, null, null, 0);
}
