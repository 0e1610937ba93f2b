using DocumentFormat.OpenXml.Wordprocessing;

namespace SakipAnalytics.Reports.Word;

/// <summary>An A4 portrait page with its margins in centimetres (left, top, right, bottom).</summary>
internal sealed record PageLayout(decimal LeftCm, decimal TopCm, decimal RightCm, decimal BottomCm)
{
    private const decimal WidthCm = 21m;
    private const decimal HeightCm = 29.7m;
    private const decimal HeaderFooterCm = 1.5m;

    /// <summary>The margins Indonesian government documents use: 4 cm left (binding), 3 cm elsewhere.</summary>
    public static PageLayout A4Indonesian { get; } = new(4m, 3m, 3m, 3m);

    public decimal TextWidthCm => WidthCm - LeftCm - RightCm;

    /// <summary>The front pages (cover and the lists of contents) without footer or page number.</summary>
    public SectionProperties FrontSection() => new(Size(), Margins());

    /// <summary>The section of the report body: page numbers in the footer, counting from 1.</summary>
    public SectionProperties BodySection(string footerPartId) => new(
        new FooterReference { Type = HeaderFooterValues.Default, Id = footerPartId },
        Size(),
        Margins(),
        new PageNumberType { Start = 1 });

    private static PageSize Size() => new()
    {
        Width = (uint)Length.Twips(WidthCm),
        Height = (uint)Length.Twips(HeightCm),
        Orient = PageOrientationValues.Portrait,
    };

    private PageMargin Margins() => new()
    {
        Top = Length.Twips(TopCm),
        Right = (uint)Length.Twips(RightCm),
        Bottom = Length.Twips(BottomCm),
        Left = (uint)Length.Twips(LeftCm),
        Header = (uint)Length.Twips(HeaderFooterCm),
        Footer = (uint)Length.Twips(HeaderFooterCm),
        Gutter = 0U,
    };
}
