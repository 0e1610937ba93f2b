using Microsoft.Extensions.Logging.Abstractions;
using SakipAnalytics.Ingest.Capaian;
using SakipAnalytics.Ingest.Detection;
using SakipAnalytics.Ingest.Emonev;
using SakipAnalytics.Ingest.Lke;
using SakipAnalytics.Ingest.Loading;
using SakipAnalytics.Ingest.Lra;
using SakipAnalytics.Ingest.Referensi;
using SakipAnalytics.Model.Store;

namespace SakipAnalytics.Ingest.Tests.Fixtures;

/// <summary>An in-memory store with the bundled reference workbook loaded, and the real loaders.</summary>
public sealed class IngestHarness : IDisposable
{
    public IngestHarness(bool withReference = true)
    {
        Store = SakipStore.InMemory();
        Loader = new FileLoader(Store, Loaders(), TimeProvider.System, NullLogger<FileLoader>.Instance);
        Folder = new FolderIngest(Store, Loader, NullLogger<FolderIngest>.Instance);
        if (withReference)
            Loader.Load(RepositoryData.ReferenceWorkbook, FileKind.Referensi, ReferenceIndex.Load(Store));
    }

    public SakipStore Store { get; }

    public FileLoader Loader { get; }

    public FolderIngest Folder { get; }

    public FileOutcome Load(string path) => Loader.Load(path, FileKindDetector.Detect(path), ReferenceIndex.Load(Store));

    public long Count(string table) => Store.Scalar<long>($"SELECT count(*) FROM {table}");

    public void Dispose() => Store.Dispose();

    private static IKindLoader[] Loaders() =>
        [new ReferenceLoader(), new CapaianLoader(), new LraLoader(), new EmonevLoader(), new LkeLoader()];
}
