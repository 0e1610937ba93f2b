namespace SakipAnalytics.Dashboards.Html;

/// <summary>
/// The document around a page body: Indonesian language, UTF-8, inline stylesheet and nothing
/// loaded from elsewhere. The markup is kept well-formed XML so tests can read it as a tree.
/// </summary>
internal static class PageShell
{
    public static string Document(string title, string body) =>
        $"""
        <!DOCTYPE html>
        <html lang="id">
        <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{HtmlText.Encode(title)}</title>
        <style>
        {PageStyle.Css}</style>
        </head>
        <body>
        {body}</body>
        </html>

        """;
}
