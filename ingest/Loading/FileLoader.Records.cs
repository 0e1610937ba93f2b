using SakipAnalytics.Ingest.Detection;
using SakipAnalytics.Ingest.Findings;
using SakipAnalytics.Model.Formatting;
using SakipAnalytics.Model.Store;

namespace SakipAnalytics.Ingest.Loading;

/// <summary>The bookkeeping half of <see cref="FileLoader"/>: source_file and load_finding rows.</summary>
public sealed partial class FileLoader
{
    private HashHistory History(string sha256)
    {
        var rows = _store.Rows(
            IngestSql.HashHistory,
            r => (FileId: r.GetInt32(0), Status: r.GetString(1), SameBytes: r.GetBoolean(2), Open: r.GetBoolean(3)),
            ("sha256", sha256));
        var known = rows.FirstOrDefault(r => r.SameBytes && r.Status is "loaded" or "superseded");

        // A rejection of these same bytes is forgotten when they load again, so it leaves nothing to settle.
        return new HashHistory(
            sha256,
            known.Status is null ? null : (known.FileId, known.Status),
            RejectedBefore: rows.Exists(r => r.SameBytes && r.Status == "rejected"),
            OpenRejections: rows.Exists(r => r.Open && !r.SameBytes));
    }

    /// <summary>Records the file as loading; a record of the same bytes rejected before is forgotten, so they are checked afresh.</summary>
    private int InsertSourceFile(string path, FileKind kind, string sha256, bool rejectedBefore = true)
    {
        if (rejectedBefore)
            _store.Execute(IngestSql.ForgetRejectedHash, ("sha256", sha256));

        return _store.Scalar<int>(
            IngestSql.InsertSourceFile,
            ("file_name", Path.GetFileName(path)),
            ("path", Path.GetFullPath(path)),
            ("sha256", sha256),
            ("kind", FileKindNames.Code(kind)),
            ("received_at", _clock.GetUtcNow().UtcDateTime));
    }

    private void Complete(int fileId, string status, LoadedContent content, FindingList findings)
    {
        _store.Execute(
            IngestSql.CompleteSourceFile,
            ("status", status),
            ("unit_code", content.UnitCode),
            ("year", content.Year),
            ("month", content.Month),
            ("signed_on", content.SignedOn),
            ("row_count", content.Rows),
            ("warning_count", findings.WarningCount),
            ("error_count", findings.ErrorCount),
            ("file_id", fileId));
        FindingWriter.Append(_store, fileId, findings.Items);
    }

    private string? SupersedePrevious(IKindLoader loader, int fileId, LoadedContent content, FindingList findings)
    {
        var previous = PreviousVersions(loader.Kind, fileId, content);
        foreach (var (oldId, oldName, oldSigned) in previous)
        {
            foreach (var table in loader.FactTables)
                _store.Execute($"DELETE FROM {table} WHERE file_id = $file_id", ("file_id", oldId));
            _store.Execute(IngestSql.MarkSuperseded, ("by", fileId), ("file_id", oldId));
            WarnIfSignedEarlier(content.SignedOn, oldName, oldSigned, findings);
        }

        return previous.Count == 0 ? null : string.Join(", ", previous.Select(p => p.FileName));
    }

    // A correction replaces by arrival; one signed before the file it replaces may be an old copy sent again.
    private static void WarnIfSignedEarlier(DateOnly? signed, string oldName, DateOnly? oldSigned, FindingList findings)
    {
        if (signed is not { } mine || oldSigned is not { } theirs || mine >= theirs)
            return;

        findings.Warning(
            $"Berkas ini menggantikan {oldName}, padahal ditandatangani lebih awal", null, null, "Tanggal tanda tangan",
            IndonesianFormat.Date(mine),
            $"paling awal {IndonesianFormat.Date(theirs)} seperti {oldName}; periksa apakah ini versi terbaru");
    }

    private void SettleRejected(string path, FileKind kind, int fileId, LoadedContent content) =>
        _store.Execute(
            IngestSql.SettleRejected,
            ("by", fileId),
            ("path", Path.GetFullPath(path)),
            ("kind", FileKindNames.Code(kind)),
            ("unit_code", content.UnitCode),
            ("year", content.Year),
            ("month", content.Month));

    private List<(int FileId, string FileName, DateOnly? SignedOn)> PreviousVersions(FileKind kind, int fileId, LoadedContent content)
    {
        using var command = _store.Command(
            IngestSql.FindPreviousVersion,
            ("kind", FileKindNames.Code(kind)),
            ("file_id", fileId),
            ("unit_code", content.UnitCode),
            ("year", content.Year),
            ("month", content.Month));
        using var reader = command.ExecuteReader();
        var previous = new List<(int, string, DateOnly?)>();
        while (reader.Read())
            previous.Add((reader.GetInt32(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetFieldValue<DateOnly>(2)));
        return previous;
    }

    /// <summary>Records a rejected file with whatever its title rows told (unit, period), and no facts.</summary>
    private FileOutcome Reject(string path, FileKind kind, string sha256, FindingList findings, LoadedContent? content = null)
    {
        var known = content ?? LoadedContent.Nothing;
        using var transaction = _store.BeginTransaction();
        var fileId = InsertSourceFile(path, kind, sha256);
        Complete(fileId, "rejected", known, findings);
        transaction.Commit();
        LogRejected(_logger, path, findings.ErrorCount);
        return new FileOutcome
        {
            Path = path, Kind = kind, Status = LoadStatus.Rejected, FileId = fileId, Findings = findings.Items,
            UnitCode = known.UnitCode, Year = known.Year, Month = known.Month,
        };
    }

    private FileOutcome Loaded(string path, FileKind kind, int fileId, LoadedContent content, FindingList findings, string? superseded)
    {
        LogLoaded(_logger, path, kind, content.Rows, findings.WarningCount);
        if (superseded is not null)
            LogCorrected(_logger, path, superseded);

        return new FileOutcome
        {
            Path = path, Kind = kind, Status = superseded is null ? LoadStatus.Loaded : LoadStatus.Corrected, FileId = fileId,
            UnitCode = content.UnitCode, Year = content.Year, Month = content.Month, Rows = content.Rows,
            Findings = findings.Items, Superseded = superseded,
        };
    }

    private FileOutcome AlreadyLoaded(string path, FileKind kind, (int FileId, string Status) known)
    {
        LogAlreadyLoaded(_logger, path, known.FileId);
        return new FileOutcome { Path = path, Kind = kind, Status = LoadStatus.AlreadyLoaded, FileId = known.FileId };
    }
}
