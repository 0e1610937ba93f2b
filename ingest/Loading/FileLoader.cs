using System.Diagnostics;
using Microsoft.Extensions.Logging;
using SakipAnalytics.Ingest.Detection;
using SakipAnalytics.Ingest.Findings;
using SakipAnalytics.Ingest.Referensi;
using SakipAnalytics.Model.Store;

namespace SakipAnalytics.Ingest.Loading;

/// <summary>
/// Offers one file to the store: the same bytes load once; a file loads whole, in one
/// transaction, or not at all; a newer file for the same kind, unit and period supersedes the
/// older one, which stays recorded.
/// </summary>
public sealed partial class FileLoader
{
    private readonly SakipStore _store;
    private readonly Dictionary<FileKind, IKindLoader> _loaders;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;

    public FileLoader(SakipStore store, IEnumerable<IKindLoader> loaders, TimeProvider clock, ILogger<FileLoader> logger)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(loaders);

        _store = store;
        _loaders = loaders.ToDictionary(l => l.Kind);
        _clock = clock;
        _logger = logger;
    }

    public FileOutcome Load(string path, FileKind kind, ReferenceIndex reference)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(reference);

        var started = Stopwatch.GetTimestamp();
        return LoadFile(path, kind, reference) with { Elapsed = Stopwatch.GetElapsedTime(started) };
    }

    private FileOutcome LoadFile(string path, FileKind kind, ReferenceIndex reference)
    {
        var bytes = History(FileHash.Sha256(path));
        if (bytes.Known is { } known)
            return AlreadyLoaded(path, kind, known);

        var findings = new FindingList();
        if (!_loaders.TryGetValue(kind, out var loader))
            return Reject(path, kind, bytes.Sha256, Unrecognised(findings));

        return LoadInTransaction(path, loader, bytes, reference, findings);
    }

    /// <summary>Records a file that could not be processed at all as rejected, with the reason.</summary>
    public FileOutcome RecordFailure(string path, FileKind kind, string reason)
    {
        var findings = new FindingList();
        findings.Error(reason, null, null);
        return Reject(path, kind, FileHash.TrySha256(path), findings);
    }

    private FileOutcome LoadInTransaction(
        string path, IKindLoader loader, HashHistory bytes, ReferenceIndex reference, FindingList findings)
    {
        using var transaction = _store.BeginTransaction();
        var fileId = InsertSourceFile(path, loader.Kind, bytes.Sha256, bytes.RejectedBefore);
        var today = DateOnly.FromDateTime(_clock.GetLocalNow().DateTime);
        var context = new LoadContext(_store, fileId, path, reference, findings) { Today = today };
        var content = ReadContent(loader, context);
        if (findings.HasErrors)
        {
            transaction.Rollback();
            return Reject(path, loader.Kind, bytes.Sha256, findings, content with { Rows = 0 });
        }

        var superseded = SupersedePrevious(loader, fileId, content, findings);
        if (bytes.OpenRejections)
            SettleRejected(path, loader.Kind, fileId, content);

        Complete(fileId, "loaded", content, findings);
        transaction.Commit();
        return Loaded(path, loader.Kind, fileId, content, findings, superseded);
    }

    private static LoadedContent ReadContent(IKindLoader loader, LoadContext context)
    {
        try
        {
            return loader.Load(context);
        }
        catch (UnreadableFileException ex)
        {
            context.Findings.Error(ex.Reason, null, null);
            return LoadedContent.Nothing;
        }
    }

    private static FindingList Unrecognised(FindingList findings)
    {
        findings.Error(
            "Jenis berkas tidak dikenali dari isinya",
            null,
            null,
            expected: "laporan capaian, LRA, e-Monev RFK, LKE atau workbook referensi dengan baris judul kolom yang lengkap");
        return findings;
    }
}
