using System.Runtime.CompilerServices;
using Snapshooter.Xunit;

namespace SakipAnalytics.Dashboards.Tests;

/// <summary>
/// Snapshooter's match, except that under CI a missing snapshot fails the test: Snapshooter
/// would silently create it and pass, hiding a snapshot nobody committed.
/// </summary>
internal static class CommittedSnapshot
{
    public static void Match(object value, string testClass, [CallerFilePath] string sourceFile = "", [CallerMemberName] string test = "")
    {
        var file = Path.Combine(Path.GetDirectoryName(sourceFile)!, "__snapshots__", $"{testClass}.{test}.snap");
        var underCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

        Assert.False(underCi && !File.Exists(file), $"Snapshot {file} is not committed: run the tests locally and commit it.");
        Snapshot.Match(value);
    }
}
