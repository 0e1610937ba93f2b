using Microsoft.Extensions.Logging;
using SakipAnalytics.Ingest.Capaian;
using SakipAnalytics.Ingest.Emonev;
using SakipAnalytics.Ingest.Lke;
using SakipAnalytics.Ingest.Loading;
using SakipAnalytics.Ingest.Lra;
using SakipAnalytics.Ingest.Referensi;
using SakipAnalytics.Model.Store;

namespace SakipAnalytics.Cli.Pipeline;

/// <summary>Wires the ingest step: every kind loader behind one folder ingest.</summary>
public static class IngestStep
{
    public static FolderIngest Create(SakipStore store, TimeProvider clock, ILoggerFactory logging)
    {
        ArgumentNullException.ThrowIfNull(logging);

        IKindLoader[] loaders = [new ReferenceLoader(), new CapaianLoader(), new LraLoader(), new EmonevLoader(), new LkeLoader()];
        var loader = new FileLoader(store, loaders, clock, logging.CreateLogger<FileLoader>());
        return new FolderIngest(store, loader, logging.CreateLogger<FolderIngest>());
    }
}
