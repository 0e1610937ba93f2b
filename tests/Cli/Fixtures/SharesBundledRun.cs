namespace SakipAnalytics.Cli.Tests.Fixtures;

/// <summary>The test classes that read one shared run of the main job on the bundled data.</summary>
[CollectionDefinition(Name)]
public sealed class SharesBundledRun : ICollectionFixture<BundledRun>
{
    public const string Name = "bundled run";
}
