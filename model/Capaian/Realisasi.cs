namespace SakipAnalytics.Model.Capaian;

/// <summary>An achieved value: a number, or a predikat for qualitative indicators.</summary>
public sealed record Realisasi(decimal? Value, string? Grade)
{
    public static Realisasi Number(decimal value) => new(value, null);

    public static Realisasi OfGrade(string grade) => new(null, grade.Trim().ToUpperInvariant());
}
