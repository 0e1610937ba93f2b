namespace SakipAnalytics.Model.Capaian;

/// <summary>
/// A target as the reference states it. A number has <see cref="Low"/> = <see cref="High"/>;
/// a range has both bounds; a predikat has only <see cref="Grade"/>.
/// </summary>
public sealed record Target(TargetKind Kind, decimal? Low, decimal? High, string? Grade)
{
    public static Target Number(decimal value) => new(TargetKind.Number, value, value, null);

    public static Target Range(decimal low, decimal high) => new(TargetKind.Range, low, high, null);

    public static Target OfGrade(string grade) => new(TargetKind.Predikat, null, null, grade.Trim().ToUpperInvariant());

    /// <summary>The single figure used for sums and charts: the number, the range's midpoint, or null.</summary>
    public decimal? Point => Kind switch
    {
        TargetKind.Number => Low,
        TargetKind.Range => (Low + High) / 2,
        _ => null,
    };
}
