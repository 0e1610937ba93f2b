using SakipAnalytics.Model.Capaian;

namespace SakipAnalytics.Model.Analysis.Lkjip;

/// <summary>A target of the Renstra series, rebuilt from its lower bound, upper bound and predikat columns.</summary>
internal static class SeriesTarget
{
    public static Target? Of(decimal? low, decimal? high, string? grade) => (low, high, grade) switch
    {
        ({ } l, { } h, _) => Target.Range(l, h),
        ({ } l, null, _) => Target.Number(l),
        (null, _, { } g) => Target.OfGrade(g),
        _ => null,
    };
}
