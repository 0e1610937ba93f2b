using SakipAnalytics.Model.Evaluation;
using SakipAnalytics.Reports.Lkjip;

namespace SakipAnalytics.Reports.Evaluation;

/// <summary>Which rubric the units were scored under: its name, or each rubric with the units it scored.</summary>
internal static class RubricText
{
    public static string Of(OfficeEvaluation evaluation)
    {
        var rubrics = evaluation.Units.GroupBy(u => u.Result.Rubric.Id).ToList();
        if (rubrics.Count == 1)
            return rubrics[0].First().Result.Rubric.Name;

        return IndonesianList.Join(
            [.. rubrics.Select(r => $"{r.First().Result.Rubric.Name} ({string.Join(", ", r.Select(u => u.UnitCode))})")]);
    }
}
