namespace SakipAnalytics.Model.Evaluation;

/// <summary>
/// A sub-component across the office's units: its mean score and share of weight attained, and
/// the points the units lost there together, which is where coaching pays most.
/// </summary>
public sealed record WeakSubComponent(RubricNode Rubric, int Units, decimal MeanScore, decimal PointsLost)
{
    public decimal MeanAttainment => Rubric.Weight == 0 ? 0 : MeanScore / Rubric.Weight;
}
