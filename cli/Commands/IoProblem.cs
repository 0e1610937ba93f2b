using System.Text.RegularExpressions;

namespace SakipAnalytics.Cli.Commands;

/// <summary>
/// A file or folder the system refused, said in Indonesian with the path and what to check; the
/// system's own English text is kept at the end for the technician.
/// </summary>
internal static partial class IoProblem
{
    public static string Describe(Exception ex)
    {
        ArgumentNullException.ThrowIfNull(ex);

        var path = QuotedPath().Match(ex.Message) is { Success: true } match ? match.Groups["path"].Value : null;
        var where = path is null ? "" : $" {path}";
        var advice = ex switch
        {
            UnauthorizedAccessException => $"Tidak ada izin menulis atau membaca{where}; periksa hak akses folder (--out, --data).",
            PathTooLongException => $"Nama berkas atau folder terlalu panjang{where}; pakai folder keluaran yang lebih pendek.",
            DirectoryNotFoundException =>
                $"Folder tidak ditemukan{where}; periksa --out dan --data, dan bahwa tidak ada berkas bernama sama.",
            FileNotFoundException => $"Berkas tidak ditemukan{where}.",
            _ => $"Berkas atau folder tidak dapat dipakai{where}; periksa ruang disk dan hak aksesnya.",
        };
        return $"{advice} ({ex.Message})";
    }

    [GeneratedRegex("'(?<path>[^']+)'")]
    private static partial Regex QuotedPath();
}
