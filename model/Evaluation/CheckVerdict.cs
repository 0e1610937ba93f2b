namespace SakipAnalytics.Model.Evaluation;

/// <summary>How an evaluator's "Capaian Kinerja" answer stands against the office's data.</summary>
public enum CheckVerdict
{
    /// <summary>The answer is within one step of what the data gives.</summary>
    Agrees,

    /// <summary>The answer is more than one step from what the data gives.</summary>
    Contradicts,

    /// <summary>The data cannot say: no indicator of the kind, no result last year, no peer unit.</summary>
    Untestable,
}
