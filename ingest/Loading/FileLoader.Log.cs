using Microsoft.Extensions.Logging;

namespace SakipAnalytics.Ingest.Loading;

/// <summary>The ingest step's log messages (event ids 1000-1099).</summary>
public sealed partial class FileLoader
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Loaded {File} as {Kind}: {Rows} rows, {Warnings} warnings")]
    private static partial void LogLoaded(ILogger logger, string file, Detection.FileKind kind, int rows, int warnings);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "Rejected {File}: {Errors} errors; nothing from it was stored")]
    private static partial void LogRejected(ILogger logger, string file, int errors);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "{File} corrects {Superseded}, which is kept as superseded")]
    private static partial void LogCorrected(ILogger logger, string file, string superseded);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Information, Message = "Skipped {File}: the same bytes were loaded as file {FileId}")]
    private static partial void LogAlreadyLoaded(ILogger logger, string file, int fileId);
}
