using System.Text;
using DocumentFormat.OpenXml.Packaging;

namespace SakipAnalytics.DataGenerator.Spreadsheet;

/// <summary>
/// Document properties with a fixed author and date, written as the part itself: left to the
/// packaging layer they would carry the clock and a random part name.
/// </summary>
internal static class FixedCoreProperties
{
    private const string ContentType = "application/vnd.openxmlformats-package.core-properties+xml";

    private const string Xml =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""" +
        """<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" """ +
        """xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" """ +
        """xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">""" +
        """<dc:creator>Dinas Sosial Provinsi Kalimantan Selatan</dc:creator>""" +
        """<cp:lastModifiedBy>Dinas Sosial Provinsi Kalimantan Selatan</cp:lastModifiedBy>""" +
        """<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-01T00:00:00Z</dcterms:created>""" +
        """<dcterms:modified xsi:type="dcterms:W3CDTF">2026-11-01T00:00:00Z</dcterms:modified>""" +
        """</cp:coreProperties>""";

    public static void Add(SpreadsheetDocument document)
    {
        var part = document.AddNewPart<CoreFilePropertiesPart>(ContentType, "rId2");
        using var stream = part.GetStream(FileMode.Create);
        var bytes = new UTF8Encoding(false).GetBytes(Xml);
        stream.Write(bytes);
    }
}
