namespace SakipAnalytics.Reports.Exports;

/// <summary>
/// Writes a file whole or not at all: the content goes to a file beside the target, which is moved
/// into place once written, so a failed write never leaves a half-written document behind.
/// </summary>
internal static class WholeFile
{
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(write);

        var partial = path + ".partial";
        try
        {
            using (var stream = File.Create(partial))
                write(stream);
            File.Move(partial, path, overwrite: true);
        }
        catch
        {
            File.Delete(partial);
            throw;
        }
    }
}
