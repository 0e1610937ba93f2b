namespace SakipAnalytics.Model.Errors;

/// <summary>The database file is held by another process, usually the running scheduler.</summary>
public sealed class StoreLockedException : SakipException
{
    public StoreLockedException(string path, Exception inner)
        : base(
            $"The database {path} is in use by another sakip process (probably `sakip schedule`). "
            + "Stop that process or wait for it to finish, then try again.",
            inner)
    {
        DatabasePath = path;
    }

    public string DatabasePath { get; }
}
