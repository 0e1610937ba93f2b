using SakipAnalytics.Model.Evaluation;

namespace SakipAnalytics.Cli.Pipeline;

/// <summary>A year's evaluation and the reports written from it: the office report, each unit's, the recap workbook.</summary>
public sealed record EvaluationOutput(OfficeEvaluation Evaluation, IReadOnlyList<string> Paths);
