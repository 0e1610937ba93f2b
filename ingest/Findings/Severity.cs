namespace SakipAnalytics.Ingest.Findings;

/// <summary>An error rejects the file; a warning is recorded with a file that loads.</summary>
public enum Severity
{
    Error,
    Warning,
}
