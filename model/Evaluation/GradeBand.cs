namespace SakipAnalytics.Model.Evaluation;

/// <summary>An evaluation grade and the score it starts above: AA above 90, A above 80 … D otherwise.</summary>
/// <param name="Grade">The letter grade: AA, A, BB, B, CC, C or D.</param>
/// <param name="Label">Its name: Sangat Memuaskan … Sangat Kurang.</param>
/// <param name="Above">The score a total must exceed for the grade; null for the lowest grade.</param>
public sealed record GradeBand(string Grade, string Label, decimal? Above)
{
    public override string ToString() => $"{Grade} ({Label})";
}
