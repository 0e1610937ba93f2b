using SakipAnalytics.Model.Analysis;

namespace SakipAnalytics.Model.Evaluation;

/// <summary>One row of a loaded LKE worksheet: a component, sub-component or criterion, or the NILAI AKHIR row.</summary>
/// <param name="Number">Its tree number (<c>1.a.2</c>), or <see cref="LkeWorksheet.TotalNumber"/>.</param>
/// <param name="Answer">The criterion's answer as written (upper case); null on other rows or when unanswered.</param>
/// <param name="EvaluatorValue">The evaluator's subtotal or total on the row, when written.</param>
/// <param name="Source">The file, sheet and row it was read from.</param>
public sealed record LkeEntry(
    string Number, int Depth, string Title, decimal? Weight, string? Answer, decimal? EvaluatorValue, string? Catatan,
    SourceRef Source)
{
    public bool IsCriterion => Answer is not null;
}
