using SakipAnalytics.Model.Analysis.Lkjip;
using SakipAnalytics.Model.Quality;

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

    /// <summary>The LRA month <see cref="Budget"/> stands at: 12, or an earlier month while December is missing.</summary>
    public int? BudgetMonth { get; init; } = 12;

    /// <summary>The files the figures come from.</summary>
    public required IReadOnlyList<string> SourceFiles { get; init; }

    /// <summary>Whose report it is: the office's by default, or one unit's.</summary>
    public ReportScope Scope { get; init; } = ReportScope.Office;

    /// <summary>Each indicator's comparisons, efficiency and cascade, from the computed tables.</summary>
    public IReadOnlyList<IkuAnalysis> Analysis { get; init; } = [];

    /// <summary>The year's Perjanjian Kinerja with its revisions and indicative budget.</summary>
    public IReadOnlyList<AgreementLine> Agreement { get; init; } = [];

    /// <summary>The year's data-quality and reconciliation findings, for the Lampiran.</summary>
    public IReadOnlyList<QualityFinding> Findings { get; init; } = [];

    /// <summary>The analysis of one indicator; an empty one when the tables hold nothing for it.</summary>
    public IkuAnalysis AnalysisOf(string code) =>
        Analysis.FirstOrDefault(a => a.Code == code) ?? new IkuAnalysis { Code = code };
}
