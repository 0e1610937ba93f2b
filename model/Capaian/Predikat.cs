namespace SakipAnalytics.Model.Capaian;

/// <summary>The predikat scale (D lowest, AA highest) used for qualitative targets.</summary>
public static class Predikat
{
    private static readonly string[] Scale = ["D", "C", "CC", "B", "BB", "A", "AA"];

    /// <summary>All grades from lowest to highest.</summary>
    public static IReadOnlyList<string> Grades => Scale;

    /// <summary>The rank of a grade, 1 for D up to 7 for AA; null when the text is no grade.</summary>
    public static int? Rank(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var index = Array.IndexOf(Scale, text.Trim().ToUpperInvariant());
        return index < 0 ? null : index + 1;
    }

    public static bool IsGrade(string text) => Rank(text) is not null;
}
