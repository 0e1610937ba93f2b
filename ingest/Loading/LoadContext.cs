using SakipAnalytics.Ingest.Findings;
using SakipAnalytics.Ingest.Referensi;
using SakipAnalytics.Model.Store;

namespace SakipAnalytics.Ingest.Loading;

/// <summary>What a kind loader needs while it reads one file inside the load's transaction.</summary>
public sealed record LoadContext(SakipStore Store, int FileId, string Path, ReferenceIndex Reference, FindingList Findings)
{
    /// <summary>The day the load runs, so a report for a month that has not come yet is refused.</summary>
    public DateOnly Today { get; init; } = DateOnly.MaxValue;
}
