using SakipAnalytics.Model.Analysis;

namespace SakipAnalytics.Model.Evaluation;

/// <summary>A subtotal or total the evaluator wrote that the answers do not give, with both figures.</summary>
/// <param name="Name">The row as a reader finds it: "2.b Kualitas Pengukuran" or "NILAI AKHIR".</param>
public sealed record EvaluatorDifference(string Number, string Name, decimal Stated, decimal Computed, SourceRef Source)
{
    public bool IsTotal => Number == LkeWorksheet.TotalNumber;
}
