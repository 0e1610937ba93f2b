using SakipAnalytics.Model.Evaluation;
using SakipAnalytics.Reports.Lkjip;

namespace SakipAnalytics.Reports.Evaluation;

/// <summary>
/// The paragraph under the ranking: the best and the weakest unit with their scores, the mean,
/// and how many units rose or fell from last year.
/// </summary>
internal static class RankingText
{
    public static string Of(OfficeEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);

        return Lead(evaluation.Units) + Changes(evaluation.Units);
    }

    private static string Lead(IReadOnlyList<UnitEvaluation> units)
    {
        var lowest = units.Max(u => u.Rank);
        if (units.Count == 1)
            return $"Hanya satu unit yang dievaluasi: {Named(units)}.";
        if (lowest == 1)
            return $"Semua {units.Count} unit memperoleh nilai yang sama, {ScoreText.Score(units[0].Result.Total)}.";

        var mean = ScoreText.Score(units.Average(u => u.Result.Total));
        return $"Nilai tertinggi diraih oleh {Named([.. units.Where(u => u.Rank == 1)])}, sedangkan nilai terendah oleh "
            + $"{Named([.. units.Where(u => u.Rank == lowest)])}. Rata-rata nilai akhir {units.Count} unit adalah {mean}.";
    }

    private static string Named(IReadOnlyList<UnitEvaluation> units) => IndonesianList.Join(
        [.. units.Select(u => $"{u.UnitName} dengan nilai {ScoreText.Score(u.Result.Total)} dan predikat {u.Result.Grade}")]);

    private static string Changes(IReadOnlyList<UnitEvaluation> units)
    {
        var compared = units.Where(u => u.Change is not null).ToList();
        if (compared.Count == 0)
            return string.Empty;

        (int Count, string Word)[] moves =
        [
            (compared.Count(u => u.Change > 0), "naik"),
            (compared.Count(u => u.Change < 0), "turun"),
            (compared.Count(u => u.Change == 0), "tetap"),
        ];
        var parts = moves.Where(m => m.Count > 0).Select(m => $"{m.Count} unit {m.Word}").ToList();
        return $" Dari {compared.Count} unit yang memiliki nilai tahun lalu, {IndonesianList.Join(parts)}.";
    }
}
