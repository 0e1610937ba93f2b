using SpreadCheetah;
using SpreadCheetah.Styling;

namespace SakipAnalytics.Reports.Exports;

/// <summary>The few cell styles an exported workbook needs, registered once per workbook.</summary>
/// <param name="Plain">For years, months and row numbers: digits without a thousands separator.</param>
public sealed record XlsxStyles(StyleId Bold, StyleId Fraction, StyleId Whole, StyleId Plain, StyleId Date)
{
    public static XlsxStyles Add(Spreadsheet book)
    {
        ArgumentNullException.ThrowIfNull(book);

        return new XlsxStyles(
            book.AddStyle(new Style { Font = { Bold = true } }),
            book.AddStyle(new Style { Format = NumberFormat.Custom("#,##0.00") }),
            book.AddStyle(new Style { Format = NumberFormat.Custom("#,##0") }),
            book.AddStyle(new Style { Format = NumberFormat.Custom("0") }),
            book.AddStyle(new Style { Format = NumberFormat.Custom("dd/mm/yyyy") }));
    }
}
