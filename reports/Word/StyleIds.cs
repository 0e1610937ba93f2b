namespace SakipAnalytics.Reports.Word;

/// <summary>The style ids the documents use; <see cref="StyleSheet"/> defines each of them.</summary>
internal static class StyleIds
{
    public const string Normal = "Normal";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string Heading3 = "Heading3";
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string Caption = "Caption";
    public const string Footer = "Footer";
    public const string TableText = "TabelIsi";
    public const string TableHeading = "TabelJudul";
    public const string Table = "TabelLaporan";
    public const string Placeholder = "IsianPerencana";
    public const string ContentsHeading = "TOCHeading";
    public const string Contents1 = "TOC1";
    public const string Contents2 = "TOC2";
    public const string Contents3 = "TOC3";
    public const string TableOfFigures = "TableofFigures";
}
