using System.Security.Cryptography;

namespace SakipAnalytics.Ingest.Loading;

/// <summary>The SHA-256 of a file's bytes, which identifies "the same file" across names and folders.</summary>
public static class FileHash
{
    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
