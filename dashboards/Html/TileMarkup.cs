using System.Text;

namespace SakipAnalytics.Dashboards.Html;

/// <summary>The headline tiles as a grid of sections.</summary>
internal static class TileMarkup
{
    public static string Render(IEnumerable<Tile> tiles)
    {
        var html = new StringBuilder("<section class=\"tiles\" aria-label=\"Ringkasan\">\n");

        foreach (var tile in tiles)
            html.Append(Render(tile));

        return html.Append("</section>\n").ToString();
    }

    private static string Render(Tile tile) =>
        $"""
        <div class="tile tone-{ToneClass.Of(tile.Tone)}">
        <h3>{HtmlText.Encode(tile.Label)}</h3>
        <p class="tile-value" data-tile="{HtmlText.Attribute(tile.Key)}"
         title="{HtmlText.Attribute(tile.Formula)}">{HtmlText.Encode(tile.Value)}</p>
        <p class="tile-caption">{HtmlText.Encode(tile.Caption)}</p>
        </div>

        """;
}
