using SakipAnalytics.Ingest.Findings;
using SakipAnalytics.Ingest.Referensi;
using SakipAnalytics.Model.Store;

namespace SakipAnalytics.Ingest.Loading;

/// <summary>What a kind loader needs while it reads one file inside the load's transaction.</summary>
public sealed record LoadContext(SakipStore Store, int FileId, string Path, ReferenceIndex Reference, FindingList Findings);
