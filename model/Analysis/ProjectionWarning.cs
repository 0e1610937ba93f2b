namespace SakipAnalytics.Model.Analysis;

/// <summary>
/// One early warning of the month: an indicator whose projected year-end capaian, or a unit (or the
/// office) whose projected year-end absorption, falls below the threshold of <see cref="EarlyWarning"/>.
/// </summary>
public sealed record ProjectionWarning
{
    public required ProjectedFigure Figure { get; init; }
    public required string UnitCode { get; init; }
    public string? UnitName { get; init; }

    /// <summary>The indicator warned about; null for an absorption warning.</summary>
    public string? IndicatorCode { get; init; }
    public string? IndicatorName { get; init; }

    /// <summary>The projected year-end capaian or absorption (%), as printed.</summary>
    public decimal? Projected { get; init; }

    /// <summary>The realisasi to date the projection starts from (rupiah for absorption).</summary>
    public decimal? RealisasiToDate { get; init; }

    /// <summary>The projected year-end realisasi (rupiah for absorption).</summary>
    public decimal? ProjectedRealisasi { get; init; }

    /// <summary>What the projection is measured against: the annual target, or the pagu for absorption.</summary>
    public decimal? Against { get; init; }

    /// <summary>How the projection was made: the trend of the months so far, or the latest value.</summary>
    public string? Method { get; init; }
}
