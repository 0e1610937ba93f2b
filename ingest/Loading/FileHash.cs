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

    /// <summary>The hash, or a marker naming the file when it cannot be read at all (a broken link).</summary>
    public static string TrySha256(string path)
    {
        try
        {
            return Sha256(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return "unreadable:" + Path.GetFullPath(path);
        }
    }
}
