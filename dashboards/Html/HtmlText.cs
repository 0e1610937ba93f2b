using System.Net;

namespace SakipAnalytics.Dashboards.Html;

/// <summary>
/// Escapes text for the page. Everything that comes from input files (unit and indicator names,
/// kendala, file names) passes through here before it touches markup.
/// </summary>
internal static class HtmlText
{
    /// <summary>Text for element content.</summary>
    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    /// <summary>Text for an attribute value; line breaks survive as character references.</summary>
    public static string Attribute(string? text) => Encode(text).Replace("\n", "&#10;", StringComparison.Ordinal);
}
