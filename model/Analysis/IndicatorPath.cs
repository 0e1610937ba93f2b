namespace SakipAnalytics.Model.Analysis;

/// <summary>A unit indicator's months this year and last, for drawing its realisasi against its target path.</summary>
public sealed record IndicatorPath(string Code, string UnitCode, IReadOnlyList<PathPoint> Points)
{
    public IEnumerable<PathPoint> Of(int year) => Points.Where(p => p.Year == year).OrderBy(p => p.Month);
}
