using SakipAnalytics.Model.Evaluation;
using SakipAnalytics.Model.Quality;

namespace SakipAnalytics.Model.Analysis;

/// <summary>Everything the monthly leadership dashboard shows, computed from the store.</summary>
public sealed record DashboardFacts
{
    public required OfficeProfile Office { get; init; }
    public required int Year { get; init; }
    public required int Month { get; init; }
    public required AnalysisSettings Settings { get; init; }

    /// <summary>Every unit indicator's result to date for the month.</summary>
    public required IReadOnlyList<IndicatorResult> Indicators { get; init; }

    public required IReadOnlyList<UnitStanding> Units { get; init; }

    /// <summary>The office's IKU with their PK targets, last year's results and the unit indicators that support them.</summary>
    public IReadOnlyList<IkuStanding> Iku { get; init; } = [];

    /// <summary>
    /// The month the budget figures stand at: the latest LRA of the year up to this month, which is
    /// an earlier month while this month's LRA has not arrived; null without any LRA this year.
    /// </summary>
    public int? LraMonth { get; init; }

    /// <summary>Office-wide absorption for each month of the year up to this one.</summary>
    public required IReadOnlyList<AbsorptionPoint> Absorption { get; init; }

    /// <summary>Each unit indicator's target path and realisasi, this year and last, month by month.</summary>
    public IReadOnlyList<IndicatorPath> Paths { get; init; } = [];

    /// <summary>Office-wide physical against financial progress from e-Monev, month by month.</summary>
    public IReadOnlyList<ProgressPoint> Progress { get; init; } = [];

    /// <summary>The month's early warnings: projected year-end capaian or absorption below the thresholds.</summary>
    public IReadOnlyList<ProjectionWarning> Warnings { get; init; } = [];

    /// <summary>
    /// The internal evaluation (LKE) of the latest earlier year that is loaded: it is carried out in
    /// May and June for the year before, and shows from the month its worksheets are loaded.
    /// </summary>
    public OfficeEvaluation? Evaluation { get; init; }

    /// <summary>The month's data-quality findings, each naming its unit and file.</summary>
    public IReadOnlyList<QualityFinding> Findings { get; init; } = [];
}
