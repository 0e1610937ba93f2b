using System.Security.Cryptography;

namespace SakipAnalytics.DataGenerator.Tests;

/// <summary>A temporary folder a test generates into, read back as relative paths and content hashes; deleted after.</summary>
public sealed class GeneratedFolder : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("sakip-generator-").FullName;

    public IReadOnlyDictionary<string, string> Hashes() => HashesUnder(Root);

    public static IReadOnlyDictionary<string, string> HashesUnder(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".xlsx" or ".csv")
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
