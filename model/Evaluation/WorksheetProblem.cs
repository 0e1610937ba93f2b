using SakipAnalytics.Model.Analysis;

namespace SakipAnalytics.Model.Evaluation;

/// <summary>Where a worksheet departs from its rubric: an unknown or missing answer, a weight, a missing sub-component.</summary>
public sealed record WorksheetProblem(string Message, SourceRef? Source, string? Found, string? Expected);
