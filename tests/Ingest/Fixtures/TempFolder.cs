namespace SakipAnalytics.Ingest.Tests.Fixtures;

/// <summary>A folder under the system temp folder that disappears with the test.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = Directory.CreateTempSubdirectory("sakip-ingest-").FullName;
    }

    public string Path { get; }

    public string Write(string name, string content)
    {
        var path = System.IO.Path.Combine(Path, name);
        File.WriteAllText(path, content);
        return path;
    }

    public string WriteBytes(string name, byte[] content)
    {
        var path = System.IO.Path.Combine(Path, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    public string Copy(string source, string? name = null)
    {
        var path = System.IO.Path.Combine(Path, name ?? System.IO.Path.GetFileName(source));
        File.Copy(source, path);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
