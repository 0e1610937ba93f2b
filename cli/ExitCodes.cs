namespace SakipAnalytics.Cli;

/// <summary>The process exit codes scripts can rely on.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The run finished but some files were rejected.</summary>
    public const int SomeFilesRejected = 1;

    /// <summary><c>sakip check</c> found something to look at.</summary>
    public const int FindingsReported = 1;

    public const int Failed = 2;

    /// <summary>Another sakip process (usually the scheduler) holds the database.</summary>
    public const int DatabaseLocked = 3;
}
