using System.Xml;
using System.Xml.Linq;

namespace SakipAnalytics.Dashboards.Tests;

/// <summary>
/// The dashboard page read as a tree (the page is written as well-formed XML), with the
/// questions tests ask of it: a tile's value, a table's cells, the visible text outside charts.
/// </summary>
internal sealed class PageDocument
{
    private readonly XDocument _document;

    private PageDocument(XDocument document) => _document = document;

    public static PageDocument Parse(string html)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore };
        using var reader = XmlReader.Create(new StringReader(html), settings);

        return new PageDocument(XDocument.Load(reader));
    }

    public XElement Root => _document.Root!;

    public XElement Tile(string key) =>
        _document.Descendants().Single(e => (string?)e.Attribute("data-tile") == key);

    public IReadOnlyList<XElement> Rows(string tableId) =>
        Table(tableId).Element("tbody")!.Elements("tr").ToList();

    /// <summary>The row of the indicator table whose first cell is the code.</summary>
    public XElement IndicatorRow(string code) =>
        Rows("tabel-indikator").Single(row => Text(row.Elements("td").First()) == code);

    /// <summary>Every coloured status label on the page.</summary>
    public IReadOnlyList<XElement> Badges() => _document.Descendants("span")
        .Where(e => ((string?)e.Attribute("class"))?.StartsWith("badge", StringComparison.Ordinal) == true)
        .ToList();

    public static string Tooltip(XElement element) => (string?)element.Attribute("title") ?? "";

    public static XElement Cell(XElement row, int index) => row.Elements("td").ElementAt(index);

    public IReadOnlyList<IReadOnlyList<string>> Cells(string tableId) =>
        Rows(tableId).Select(row => (IReadOnlyList<string>)row.Elements("td").Select(Text).ToList()).ToList();

    /// <summary>What a reader sees, line by line: headings, tiles, captions and table rows; no chart internals.</summary>
    public IReadOnlyList<string> VisibleLines() => _document.Descendants()
        .Where(e => e.Name.LocalName is "h1" or "h2" or "h3" or "p" or "tr" or "figcaption" or "li" or "footer")
        .Where(e => !e.Ancestors().Any(a => a.Name.LocalName == "svg"))
        .Select(Line)
        .ToList();

    public static string Text(XElement element) =>
        string.Join(" ", element.DescendantNodes().OfType<XText>().Select(t => t.Value.Trim()).Where(t => t.Length > 0));

    private XElement Table(string id) =>
        _document.Descendants("table").Single(e => (string?)e.Attribute("id") == id);

    private static string Line(XElement element) => element.Name.LocalName switch
    {
        "tr" => string.Join(" | ", element.Elements().Select(Text)),
        "p" when element.Attribute("data-tile") is { } key => $"[{key.Value}] {Text(element)}",
        var name => $"{name}: {Text(element)}",
    };
}
