using System.Runtime.CompilerServices;
using Snapshooter.Xunit;

namespace SakipAnalytics.Reports.Tests;

/// <summary>
/// Snapshooter's match, except that under CI (the CI variable set) a missing snapshot fails the
/// test: Snapshooter would silently create it and pass.
/// </summary>
internal static class CommittedSnapshot
{
    public static void Match(object value, [CallerFilePath] string testFile = "", [CallerMemberName] string test = "")
    {
        var name = $"{Path.GetFileNameWithoutExtension(testFile)}.{test}.snap";
        var snapshot = Path.Combine(Path.GetDirectoryName(testFile)!, "__snapshots__", name);
        var underCi = Environment.GetEnvironmentVariable("CI") is { Length: > 0 };

        Assert.False(
            underCi && !File.Exists(snapshot),
            $"Snapshot {snapshot} is missing: create it locally, commit it.");
        Snapshot.Match(value);
    }
}
