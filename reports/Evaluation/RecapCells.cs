using SakipAnalytics.Reports.Exports;
using SpreadCheetah;

namespace SakipAnalytics.Reports.Evaluation;

/// <summary>Typed cells of the recap workbook: figures stay numbers in the export's number formats, none is empty.</summary>
internal sealed class RecapCells(XlsxStyles styles)
{
    public XlsxStyles Styles => styles;

    /// <summary>A score, weight or percentage with two decimals; an empty cell for none.</summary>
    public Cell Number(decimal? value) => value is { } v ? new Cell(v, styles.Fraction) : Empty;

    /// <summary>A share from 0 to 1 as a percentage number (75,04); an empty cell for none.</summary>
    public Cell Percent(decimal? share) => Number(share * 100);

    /// <summary>A rank, year or row number, without a thousands separator.</summary>
    public Cell Plain(int value) => new(value, styles.Plain);

    public static Cell Text(string? text) => new(text);

    public static Cell Empty => new((string?)null);
}
