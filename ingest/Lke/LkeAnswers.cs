namespace SakipAnalytics.Ingest.Lke;

/// <summary>The answers an LKE criterion may carry: Y/T, A-E, or AA-E under the 88/2021 rubric.</summary>
public static class LkeAnswers
{
    private static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        "Y", "T", "YA", "TIDAK", "AA", "A", "BB", "B", "CC", "C", "D", "E",
    };

    public const string Expected = "Y/T, A-E, atau AA-E";

    public static bool IsKnown(string answer) => Known.Contains(answer.Trim());
}
