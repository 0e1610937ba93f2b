namespace SakipAnalytics.Model.Analysis;

/// <summary>What an early warning projects to year end.</summary>
public enum ProjectedFigure
{
    Capaian,
    Absorption,
}
