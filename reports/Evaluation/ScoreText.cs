using SakipAnalytics.Model.Formatting;

namespace SakipAnalytics.Reports.Evaluation;

/// <summary>How the evaluation's figures print: scores with two decimals, weights as written, attainment in percent.</summary>
internal static class ScoreText
{
    /// <summary>What a table cell shows where there is no figure.</summary>
    public const string Missing = "-";

    /// <summary>75,02; <see cref="Missing"/> without a score.</summary>
    public static string Score(decimal? score) => score is { } value ? IndonesianFormat.Number(value) : Missing;

    /// <summary>25 or 12,5, as the rubric writes it.</summary>
    public static string Weight(decimal weight) => IndonesianFormat.Figure(weight);

    /// <summary>A share of the weight (0 to 1) in percent without the sign: 75,04.</summary>
    public static string Attainment(decimal attainment) => IndonesianFormat.Number(attainment * 100);
}
