namespace SakipAnalytics.Model.Errors;

/// <summary>A rubric file cannot be read, or its weights, answers or grades do not hold together.</summary>
public sealed class RubricException(string file, string problem)
    : SakipException($"Rubrik LKE {file} tidak dapat dipakai: {problem}")
{
    public string File { get; } = file;
}
