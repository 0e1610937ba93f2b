namespace SakipAnalytics.DataGenerator.Lke;

/// <summary>Answer values under the guideline's default rubric (PermenPAN-RB 12/2015 scheme).</summary>
public static class Jawaban
{
    public static IReadOnlyList<string> Grades { get; } = ["A", "B", "C", "D", "E"];

    public static decimal Value(string answer) => answer switch
    {
        "Y" or "A" => 1m,
        "B" => 0.75m,
        "C" => 0.5m,
        "D" => 0.25m,
        "T" or "E" => 0m,
        _ => throw new ArgumentOutOfRangeException(nameof(answer), answer, "Not an LKE answer."),
    };

    /// <summary>The grade nearest to a value between 0 and 1.</summary>
    public static string Grade(decimal value) =>
        Grades[(int)Math.Round((1m - Math.Clamp(value, 0m, 1m)) * 4m, MidpointRounding.AwayFromZero)];

    public static bool IsLow(string answer) => answer is "T" or "D" or "E";
}
