using System.Text;

namespace SakipAnalytics.Dashboards.Html;

/// <summary>Writes a page as UTF-8 without a byte-order mark, replacing any earlier copy whole.</summary>
internal static class PageFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(string path, string html)
    {
        // Written beside the target, then moved, so a reader never opens a half-written page.
        var temporary = path + ".tmp";

        File.WriteAllText(temporary, html, Utf8);
        File.Move(temporary, path, overwrite: true);
    }
}
