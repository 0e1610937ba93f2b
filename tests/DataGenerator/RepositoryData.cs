namespace SakipAnalytics.DataGenerator.Tests;

/// <summary>The repository's bundled data/ folder, found by walking up to the solution file.</summary>
internal static class RepositoryData
{
    public static string Folder { get; } = Path.Combine(FindRoot(), "data");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SakipAnalytics.sln")))
            directory = directory.Parent;

        return directory?.FullName ?? throw new InvalidOperationException("SakipAnalytics.sln not found above the test binaries.");
    }
}
