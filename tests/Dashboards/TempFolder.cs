namespace SakipAnalytics.Dashboards.Tests;

/// <summary>A fresh folder under the system temp folder, removed when the test ends.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Path = Directory.CreateTempSubdirectory("sakip-dashboards-").FullName;

    public string Path { get; }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
