using SakipAnalytics.Model.Formatting;

namespace SakipAnalytics.Reports.Evaluation;

/// <summary>How a score's change from last year reads: in a sentence, and signed in a table cell.</summary>
internal static class ChangeText
{
    /// <summary>
    /// "naik 2,35 poin dari 70,12 pada 2024", "turun 1,10 poin dari 70,12 pada 2024", or
    /// "sama dengan nilai 2024 (70,12)".
    /// </summary>
    public static string Phrase(decimal now, decimal before, int beforeYear)
    {
        var change = now - before;
        var points = IndonesianFormat.Number(Math.Abs(change));
        var was = IndonesianFormat.Number(before);
        return change switch
        {
            > 0 => $"naik {points} poin dari {was} pada {beforeYear}",
            < 0 => $"turun {points} poin dari {was} pada {beforeYear}",
            _ => $"sama dengan nilai {beforeYear} ({was})",
        };
    }

    /// <summary>"+2,35", "-1,10" or "0,00"; <see cref="ScoreText.Missing"/> without a change.</summary>
    public static string Signed(decimal? change) => change switch
    {
        null => ScoreText.Missing,
        > 0 => "+" + IndonesianFormat.Number(change.Value),
        _ => IndonesianFormat.Number(change.Value),
    };
}
