namespace SakipAnalytics.Cli.Tests.Fixtures;

/// <summary>The repository's bundled data/ folder, found by walking up to the solution file.</summary>
public static class RepositoryData
{
    public static string Root { get; } = FindRoot();

    public static string Folder => Path.Combine(Root, "data");

    public static string ReferenceWorkbook => Directory.GetFiles(Path.Combine(Folder, "referensi"), "*.xlsx").Single();

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SakipAnalytics.sln")))
            directory = directory.Parent;

        return directory?.FullName ?? throw new InvalidOperationException("SakipAnalytics.sln not found above the test binaries.");
    }
}
