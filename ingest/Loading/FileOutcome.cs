using SakipAnalytics.Ingest.Detection;
using SakipAnalytics.Ingest.Findings;

namespace SakipAnalytics.Ingest.Loading;

/// <summary>The result of offering one file to the store.</summary>
public sealed record FileOutcome
{
    public required string Path { get; init; }
    public required FileKind Kind { get; init; }
    public required LoadStatus Status { get; init; }
    public int? FileId { get; init; }
    public string? UnitCode { get; init; }
    public int? Year { get; init; }
    public int? Month { get; init; }
    public int Rows { get; init; }

    /// <summary>How long reading, checking and storing the file took, hashing included.</summary>
    public TimeSpan Elapsed { get; init; }
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>The file this one replaced, when it is a correction.</summary>
    public string? Superseded { get; init; }

    public string FileName => System.IO.Path.GetFileName(Path);

    public int WarningCount => Findings.Count(f => f.Severity == Severity.Warning);

    public IEnumerable<Finding> Errors => Findings.Where(f => f.Severity == Severity.Error);
}
