namespace SakipAnalytics.Ingest.Parsing;

/// <summary>What a cell meant where a number belongs: a number, nothing (<c>-</c> or empty), or not a number.</summary>
public readonly record struct NumberReading(decimal? Value, bool IsValid)
{
    public static NumberReading Empty { get; } = new(null, true);

    public static NumberReading Invalid { get; } = new(null, false);

    public static NumberReading Of(decimal value) => new(value, true);
}
