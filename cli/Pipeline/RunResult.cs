using SakipAnalytics.Ingest.Loading;

namespace SakipAnalytics.Cli.Pipeline;

/// <summary>What one run of the main job did: the ingest report, the figures computed and the files written.</summary>
public sealed record RunResult
{
    public required IngestReport Ingest { get; init; }
    public required int CapaianComputed { get; init; }
    public required string DatabasePath { get; init; }
    public string? LkjipPath { get; init; }
    public int? LkjipYear { get; init; }
    public string? DashboardPath { get; init; }
    public (int Year, int Month)? DashboardMonth { get; init; }

    /// <summary>The evaluation of the latest year with LKE worksheets, and the reports written from it.</summary>
    public EvaluationOutput? Evaluation { get; init; }

    /// <summary>The Indonesian report written for each rejected file, by the file's path.</summary>
    public required IReadOnlyDictionary<string, string> RejectionReports { get; init; }

    /// <summary>The analysis tables written to <c>out/ekspor/</c>.</summary>
    public IReadOnlyList<Reports.Exports.ExportedTable> Tables { get; init; } = [];

    /// <summary>How long computing capaian and writing every analysis table took.</summary>
    public TimeSpan AnalysisElapsed { get; init; }

    public required IReadOnlyList<string> Notes { get; init; }

    /// <summary>Whether an output (LKjIP, dashboard, evaluation) could not be written; the notes say which and why.</summary>
    public bool OutputFailed { get; init; }
    public required TimeSpan Elapsed { get; init; }
}
