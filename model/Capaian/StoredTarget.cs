namespace SakipAnalytics.Model.Capaian;

/// <summary>Turns a target as stored (text with its low and high bounds) back into a <see cref="Target"/>.</summary>
public static class StoredTarget
{
    public static Target? From(string? text, decimal? low, decimal? high)
    {
        if (low is { } l)
            return high is { } h && h != l ? Target.Range(l, h) : Target.Number(l);

        return text is not null && Predikat.IsGrade(text) ? Target.OfGrade(text) : null;
    }

    /// <summary>The stored realisasi: a number, a predikat, or null when nothing was reported.</summary>
    public static Realisasi? Realisasi(decimal? value, string? grade) =>
        value is { } v ? Capaian.Realisasi.Number(v) : grade is not null ? Capaian.Realisasi.OfGrade(grade) : null;

    /// <summary>The text a target is stored under: the predikat, <c>low-high</c>, or the number.</summary>
    public static string? Text(Target? target) => target?.Kind switch
    {
        null => null,
        TargetKind.Predikat => target.Grade,
        TargetKind.Range => $"{Invariant(target.Low)}-{Invariant(target.High)}",
        _ => Invariant(target.Low),
    };

    private static string? Invariant(decimal? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
