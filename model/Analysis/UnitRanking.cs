namespace SakipAnalytics.Model.Analysis;

/// <summary>
/// Ranks units by mean capaian, highest first; ties share a rank (1, 2, 2, 4). Units without a
/// computable mean come last, sharing the rank after the others.
/// </summary>
public static class UnitRanking
{
    public static IReadOnlyList<UnitStanding> Rank(IReadOnlyList<UnitStanding> units)
    {
        ArgumentNullException.ThrowIfNull(units);

        var ordered = units
            .OrderByDescending(u => u.MeanCapaian.HasValue)
            .ThenByDescending(u => u.MeanCapaian is { } m ? Math.Round(m, 2, MidpointRounding.AwayFromZero) : 0)
            .ThenBy(u => u.UnitCode, StringComparer.Ordinal)
            .ToList();
        return ordered.Select(u => u with { Rank = 1 + ordered.Count(o => Beats(o, u)) }).ToList();
    }

    private static bool Beats(UnitStanding other, UnitStanding unit) => (other.MeanCapaian, unit.MeanCapaian) switch
    {
        (null, _) => false,
        ({ }, null) => true,
        ({ } o, { } u) => Math.Round(o, 2, MidpointRounding.AwayFromZero) > Math.Round(u, 2, MidpointRounding.AwayFromZero),
    };
}
