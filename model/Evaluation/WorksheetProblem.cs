using SakipAnalytics.Model.Analysis;

namespace SakipAnalytics.Model.Evaluation;

/// <summary>Where a worksheet departs from its rubric: an unknown or missing answer, a weight, a missing sub-component.</summary>
/// <param name="Column">The worksheet column the problem sits in (No, Bobot (%), Jawaban), when there is one.</param>
/// <param name="Blocking">
/// Whether the worksheet cannot be scored as filled in (an answer or row the rubric lacks); a weight
/// that differs is not blocking, the rubric's weight is used.
/// </param>
public sealed record WorksheetProblem(
    string Message, SourceRef? Source, string? Column, string? Found, string? Expected, bool Blocking = true);
