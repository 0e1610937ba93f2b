using System.Xml.Linq;

namespace SakipAnalytics.DataGenerator.Spreadsheet;

/// <summary>
/// Rewrites <c>[Content_Types].xml</c> the way Office writes it: <c>xml</c> defaults to
/// <c>application/xml</c> and every part has its own override. The packaging layer instead makes
/// the first part's type the default for every <c>.xml</c> part, which some readers mistrust.
/// </summary>
internal static class ContentTypes
{
    public const string EntryName = "[Content_Types].xml";

    private static readonly XNamespace Ns = "http://schemas.openxmlformats.org/package/2006/content-types";

    public static string Normalize(string original, IEnumerable<string> entryNames)
    {
        var types = XDocument.Parse(original).Root!;
        var xmlDefault = Default(types, "xml");
        var overrides = types.Elements(Ns + "Override").ToDictionary(
            o => (string)o.Attribute("PartName")!, o => (string)o.Attribute("ContentType")!, StringComparer.Ordinal);

        var parts = entryNames.Where(n => n.EndsWith(".xml", StringComparison.Ordinal) && n != EntryName).Select(n => "/" + n);
        var result = new XElement(
            Ns + "Types",
            new XElement(Ns + "Default", new XAttribute("Extension", "rels"), new XAttribute("ContentType", Default(types, "rels"))),
            new XElement(Ns + "Default", new XAttribute("Extension", "xml"), new XAttribute("ContentType", "application/xml")),
            parts.Select(p => Override(p, overrides.GetValueOrDefault(p, xmlDefault))));
        return new XDeclaration("1.0", "UTF-8", "yes") + result.ToString(SaveOptions.DisableFormatting);
    }

    private static XElement Override(string partName, string contentType) =>
        new(Ns + "Override", new XAttribute("PartName", partName), new XAttribute("ContentType", contentType));

    private static string Default(XElement types, string extension) =>
        (string)types.Elements(Ns + "Default").Single(d => (string)d.Attribute("Extension")! == extension).Attribute("ContentType")!;
}
