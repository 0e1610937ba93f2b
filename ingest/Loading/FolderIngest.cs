using System.Diagnostics;
using Microsoft.Extensions.Logging;
using SakipAnalytics.Ingest.Detection;
using SakipAnalytics.Ingest.Findings;
using SakipAnalytics.Ingest.Referensi;
using SakipAnalytics.Ingest.Sheets;
using SakipAnalytics.Model.Store;

namespace SakipAnalytics.Ingest.Loading;

/// <summary>
/// Ingests every .xlsx and .csv file under a folder: the reference workbook first (the other
/// files are checked against it), then the rest in path order. One file's failure never stops
/// the others.
/// </summary>
public sealed partial class FolderIngest(SakipStore store, FileLoader loader, ILogger<FolderIngest> logger)
{
    public IngestReport Run(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);

        var watch = Stopwatch.StartNew();
        var files = Candidates(folder).Select(Detect).ToList();
        var outcomes = new List<FileOutcome>();
        foreach (var file in files.Where(f => f.Kind == FileKind.Referensi))
            outcomes.Add(LoadOne(file, ReferenceIndex.Load(store)));

        var reference = ReferenceIndex.Load(store);
        foreach (var file in files.Where(f => f.Kind != FileKind.Referensi))
            outcomes.Add(LoadOne(file, reference));

        LogIngested(logger, outcomes.Count, folder, watch.ElapsedMilliseconds);
        return new IngestReport(outcomes, watch.Elapsed);
    }

    /// <summary>
    /// The spreadsheet files under a folder, skipping Office lock files and build folders, oldest
    /// first: when two files of a run are for the same kind, unit and period, the one saved later
    /// is the correction.
    /// </summary>
    public static IReadOnlyList<string> Candidates(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(SpreadsheetFile.IsSupported)
            .Where(p => !Path.GetFileName(p).StartsWith("~$", StringComparison.Ordinal))
            .Where(p => !p.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .OrderBy(File.GetLastWriteTimeUtc)
            .ThenBy(p => p, StringComparer.Ordinal)
            .ToList();

    private static (string Path, FileKind Kind, string? Unreadable) Detect(string path)
    {
        try
        {
            return (path, FileKindDetector.Detect(path), null);
        }
        catch (UnreadableFileException ex)
        {
            return (path, FileKind.Unknown, ex.Reason);
        }
        catch (IOException ex)
        {
            return (path, FileKind.Unknown, "berkas tidak dapat dibuka: " + ex.Message);
        }
        catch (UnauthorizedAccessException)
        {
            return (path, FileKind.Unknown, "berkas tidak dapat dibuka: tidak ada izin membaca");
        }
    }

    private FileOutcome LoadOne((string Path, FileKind Kind, string? Unreadable) file, ReferenceIndex reference)
    {
        var (path, kind, unreadable) = file;
        if (unreadable is not null)
            return loader.RecordFailure(path, kind, unreadable);

        try
        {
            return loader.Load(path, kind, reference);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The batch is the boundary: one file's unexpected failure is recorded and reported,
            // and the remaining files still load.
            LogFailed(logger, ex, path);
            return loader.RecordFailure(path, kind, "berkas tidak dapat diproses: " + ex.Message);
        }
    }

    [LoggerMessage(EventId = 1010, Level = LogLevel.Information, Message = "Ingested {Files} files from {Folder} in {ElapsedMs} ms")]
    private static partial void LogIngested(ILogger logger, int files, string folder, long elapsedMs);

    [LoggerMessage(EventId = 1011, Level = LogLevel.Error, Message = "Could not process {File}; recorded as rejected")]
    private static partial void LogFailed(ILogger logger, Exception exception, string file);
}
