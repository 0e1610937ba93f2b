using SakipAnalytics.Ingest.Findings;
using SakipAnalytics.Model.Store;

namespace SakipAnalytics.Ingest.Loading;

/// <summary>Stores a file's findings in <c>load_finding</c> through DuckDB's appender.</summary>
internal static class FindingWriter
{
    public static void Append(SakipStore store, int fileId, IReadOnlyList<Finding> findings)
    {
        if (findings.Count == 0)
            return;

        using var appender = store.Connection.CreateAppender("load_finding");
        foreach (var f in findings)
        {
            appender.CreateRow()
                .AppendValue(fileId)
                .AppendValue(f.Severity == Severity.Error ? "error" : "warning")
                .AppendValue(f.Sheet)
                .AppendValue(f.Row)
                .AppendValue(f.Column)
                .AppendValue(f.Found)
                .AppendValue(f.Expected)
                .AppendValue(f.Message)
                .EndRow();
        }
    }
}
