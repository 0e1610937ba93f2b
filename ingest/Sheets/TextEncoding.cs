using System.Text;

namespace SakipAnalytics.Ingest.Sheets;

/// <summary>
/// The encoding of a CSV file: its byte-order mark when it has one, else UTF-8 when every byte
/// sequence is valid UTF-8, else Windows-1252 (what Excel's "CSV" saves on Indonesian Windows),
/// which is said in a note so the guess is never silent.
/// </summary>
internal static class TextEncoding
{
    private const int ChunkSize = 64 * 1024;

    private const string Windows1252Note =
        "Berkas bukan UTF-8 dan dibaca sebagai Windows-1252; simpan sebagai 'CSV UTF-8' agar huruf khusus pasti benar";

    public static (Encoding Encoding, string? Note) Detect(string path)
    {
        if (HasByteOrderMark(path) || IsValidUtf8(path))
            return (Encoding.UTF8, null);

        return (Encoding.GetEncoding(1252), Windows1252Note);
    }

    private static bool HasByteOrderMark(string path)
    {
        Span<byte> head = stackalloc byte[3];
        using var stream = File.OpenRead(path);
        var read = stream.Read(head);
        return (read >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF)
            || (read >= 2 && ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF)));
    }

    private static bool IsValidUtf8(string path)
    {
        var decoder = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
        var bytes = new byte[ChunkSize];
        var chars = new char[ChunkSize + 4];
        using var stream = File.OpenRead(path);
        try
        {
            int read;
            while ((read = stream.Read(bytes, 0, bytes.Length)) > 0)
                decoder.GetChars(bytes, 0, read, chars, 0, flush: false);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
