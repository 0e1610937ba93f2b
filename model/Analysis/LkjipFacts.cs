namespace SakipAnalytics.Model.Analysis;

/// <summary>Everything the LKjIP draft of one year states, computed from the store.</summary>
public sealed record LkjipFacts
{
    public required OfficeProfile Office { get; init; }
    public required int Year { get; init; }
    public required AnalysisSettings Settings { get; init; }

    /// <summary>The office's sasaran with their IKU results for the year, in reference order.</summary>
    public required IReadOnlyList<SasaranResult> Sasaran { get; init; }

    /// <summary>Each IKU's series from the Renstra baseline to the year.</summary>
    public required IReadOnlyList<IndicatorSeries> Series { get; init; }

    /// <summary>Programs and kegiatan at year end (December LRA), in code order.</summary>
    public required IReadOnlyList<BudgetLine> Budget { get; init; }

    /// <summary>The files the figures come from.</summary>
    public required IReadOnlyList<string> SourceFiles { get; init; }
}
