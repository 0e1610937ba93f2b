using SakipAnalytics.Cli.Tests.Fixtures;

namespace SakipAnalytics.DataGenerator.Tests;

/// <summary>The bundled data set is the generator's output, byte for byte, so data/ can always be rebuilt.</summary>
public sealed class DataSetGeneratorTests
{
    [Fact]
    public void Run_BundledSet_WritesExactlyTheFilesDataHolds()
    {
        using var folder = new GeneratedFolder();

        new DataSetGenerator(folder.Root).Run();

        var bundled = GeneratedFolder.HashesUnder(RepositoryData.Folder)
            .Where(f => !f.Key.StartsWith("generator", StringComparison.Ordinal))
            .ToDictionary();
        Assert.Equal(314, bundled.Count);
        Assert.Equal(bundled.OrderBy(f => f.Key, StringComparer.Ordinal), folder.Hashes().OrderBy(f => f.Key, StringComparer.Ordinal));
    }
}
