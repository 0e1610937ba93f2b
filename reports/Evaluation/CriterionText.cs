using SakipAnalytics.Model.Evaluation;

namespace SakipAnalytics.Reports.Evaluation;

/// <summary>How a worksheet criterion and its answer print.</summary>
internal static class CriterionText
{
    /// <summary>"5.a.1 Kriteria 1": the criterion's number and its wording.</summary>
    public static string Name(LkeEntry criterion) => $"{criterion.Number} {criterion.Title}";

    /// <summary>The answer as written, or "belum dijawab".</summary>
    public static string Answer(LkeEntry criterion) => criterion.Answer ?? "belum dijawab";
}
