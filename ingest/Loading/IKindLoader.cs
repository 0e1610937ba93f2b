using SakipAnalytics.Ingest.Detection;

namespace SakipAnalytics.Ingest.Loading;

/// <summary>
/// Reads one kind of file and appends its facts under the context's file id. Problems go to
/// the context's findings; any error there makes the caller roll the whole file back.
/// </summary>
public interface IKindLoader
{
    FileKind Kind { get; }

    /// <summary>The tables holding this kind's facts, cleared of a superseded file's rows.</summary>
    IReadOnlyList<string> FactTables { get; }

    LoadedContent Load(LoadContext context);
}
