using System.IO.Compression;
using System.Text;

namespace SakipAnalytics.DataGenerator.Spreadsheet;

/// <summary>
/// Rewrites a zip package with every entry stamped 2026-11-01 00:00, so the same content gives
/// the same bytes on every run (the packaging layer stamps entries with the clock).
/// </summary>
public static class FixedTimestampZip
{
    public static readonly DateTimeOffset Timestamp = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Rewrite(byte[] package)
    {
        ArgumentNullException.ThrowIfNull(package);

        using var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var target = new MemoryStream();
        using (var archive = new ZipArchive(target, ZipArchiveMode.Create, leaveOpen: true))
        {
            // Content types first, as Office writes them.
            var names = source.Entries.Select(e => e.FullName).ToList();
            WriteContentTypes(source.GetEntry(ContentTypes.EntryName)!, names, archive);
            foreach (var entry in source.Entries.Where(e => e.FullName != ContentTypes.EntryName))
                Copy(entry, archive);
        }

        return target.ToArray();
    }

    private static void WriteContentTypes(ZipArchiveEntry entry, IReadOnlyList<string> names, ZipArchive archive)
    {
        using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
        var normalized = ContentTypes.Normalize(reader.ReadToEnd(), names);

        var copy = archive.CreateEntry(ContentTypes.EntryName, CompressionLevel.Optimal);
        copy.LastWriteTime = Timestamp;
        using var to = copy.Open();
        to.Write(new UTF8Encoding(false).GetBytes(normalized));
    }

    private static void Copy(ZipArchiveEntry entry, ZipArchive archive)
    {
        var copy = archive.CreateEntry(entry.FullName, CompressionLevel.Optimal);
        copy.LastWriteTime = Timestamp;

        using var from = entry.Open();
        using var to = copy.Open();
        from.CopyTo(to);
    }
}
