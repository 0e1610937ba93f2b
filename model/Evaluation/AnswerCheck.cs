namespace SakipAnalytics.Model.Evaluation;

/// <summary>
/// One "Capaian Kinerja" criterion of a worksheet held against the office's data: the answer and
/// its worth, the share the data gives (of indicators meeting target, improving, or peers beaten),
/// the answer that share corresponds to, the evidence in words and the verdict.
/// </summary>
public sealed record AnswerCheck(
    LkeEntry Criterion, CapaianCheckKind Kind, decimal? AnswerWorth, decimal? Share, string? DataAnswer, string Evidence,
    CheckVerdict Verdict)
{
    /// <summary>How far apart an answer's worth and the data's share may be and still agree: one step of A-E.</summary>
    public const decimal MaxGap = 0.25m;
}
