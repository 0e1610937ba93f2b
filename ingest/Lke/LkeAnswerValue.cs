namespace SakipAnalytics.Ingest.Lke;

/// <summary>
/// What an answer is worth under the guideline's PermenPAN-RB 12/2015 scheme: Y = 1, T = 0,
/// A = 1, B = 0,75, C = 0,5, D = 0,25, E = 0.
/// </summary>
internal static class LkeAnswerValue
{
    public static decimal? Of(string answer) => answer.ToUpperInvariant() switch
    {
        "Y" or "YA" or "A" => 1m,
        "T" or "TIDAK" or "E" => 0m,
        "B" => 0.75m,
        "C" => 0.5m,
        "D" => 0.25m,
        _ => null,
    };
}
