namespace SakipAnalytics.Ingest.Loading;

/// <summary>
/// What the store knows of a file's bytes before loading them: the file already loaded with the
/// same hash (if any), whether the same bytes were rejected before, and whether any rejected file
/// still waits for its correction. It spares the bookkeeping statements a clean store never needs.
/// </summary>
internal sealed record HashHistory(string Sha256, (int FileId, string Status)? Known, bool RejectedBefore, bool OpenRejections);
