using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SakipAnalytics.Reports.Word;

/// <summary>
/// A fixed-width table in the report's table style whose header row repeats on every page
/// and whose rows do not break across pages.
/// </summary>
internal sealed class WordTable
{
    private const string HeaderFill = "D9E2F3";

    private readonly IReadOnlyList<TableColumn> _columns;
    private readonly List<IReadOnlyList<TableCellText>> _rows = [];
    private readonly Table _table;

    public WordTable(IReadOnlyList<TableColumn> columns)
    {
        ArgumentOutOfRangeException.ThrowIfZero(columns.Count);

        _columns = columns;
        _table = new Table(Properties(), Grid());
        _table.Append(HeaderRow());
    }

    /// <summary>The column headers, as the header row prints them.</summary>
    public IReadOnlyList<string> Headers => [.. _columns.Select(c => c.Header)];

    /// <summary>The body rows as added, for writing the same table elsewhere (a workbook).</summary>
    public IReadOnlyList<IReadOnlyList<TableCellText>> Rows => _rows;

    public WordTable AddRow(IReadOnlyList<TableCellText> cells)
    {
        CheckSpans(cells);
        _rows.Add(cells);

        var row = new TableRow(new TableRowProperties(new CantSplit()));
        row.Append(Cells(cells));
        _table.Append(row);
        return this;
    }

    public WordTable AddRow(params string[] texts) => AddRow(TableCellText.Row(texts));

    public Table Build() => _table;

    private TableProperties Properties() => new()
    {
        TableStyle = new TableStyle { Val = StyleIds.Table },
        TableWidth = new TableWidth { Width = Text(TotalTwips()), Type = TableWidthUnitValues.Dxa },
        TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
        // Val alone (first row, no vertical banding) keeps the file valid for Word 2007 as well as later versions.
        TableLook = new TableLook { Val = "04A0" },
    };

    // The sum of the rounded column widths, so the table width matches its grid exactly.
    private int TotalTwips() => _columns.Sum(c => Length.Twips(c.WidthCm));

    private TableGrid Grid() => new(_columns.Select(c => new GridColumn { Width = Twips(c.WidthCm) }));

    // TableHeader makes Word and LibreOffice repeat the row at the top of every page the table spans.
    private TableRow HeaderRow()
    {
        var row = new TableRow(new TableRowProperties(new CantSplit(), new TableHeader()));
        row.Append(_columns.Select(HeaderCell));
        return row;
    }

    private static TableCell HeaderCell(TableColumn column) => new(
        new TableCellProperties
        {
            TableCellWidth = Width(column.WidthCm),
            Shading = new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = HeaderFill },
            TableCellVerticalAlignment = new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center },
        },
        BodyText.Styled(StyleIds.TableHeading, column.Header));

    private IEnumerable<TableCell> Cells(IReadOnlyList<TableCellText> cells)
    {
        var index = 0;
        foreach (var cell in cells)
        {
            yield return BodyCell(cell, _columns.Skip(index).Take(cell.Span).ToArray());
            index += cell.Span;
        }
    }

    private static TableCell BodyCell(TableCellText cell, TableColumn[] spanned) => new(
        new TableCellProperties
        {
            TableCellWidth = Width(spanned.Sum(c => c.WidthCm)),
            GridSpan = cell.Span > 1 ? new GridSpan { Val = cell.Span } : null,
            VerticalMerge = Merge(cell.Merge),
        },
        CellParagraph(cell, spanned[0].Align));

    private static Paragraph CellParagraph(TableCellText cell, JustificationValues align)
    {
        var properties = new ParagraphProperties
        {
            ParagraphStyleId = new ParagraphStyleId { Val = StyleIds.TableText },
            Indentation = cell.IndentCm > 0 ? new Indentation { Left = Twips(cell.IndentCm) } : null,
            Justification = new Justification { Val = align },
        };

        var text = cell.Merge == CellMerge.Continue ? string.Empty : cell.Text;
        return new Paragraph(properties, cell.Bold ? BodyText.Bold(text) : BodyText.Run(text));
    }

    private static VerticalMerge? Merge(CellMerge merge) => merge switch
    {
        CellMerge.Start => new VerticalMerge { Val = MergedCellValues.Restart },
        CellMerge.Continue => new VerticalMerge(),
        _ => null,
    };

    private void CheckSpans(IReadOnlyList<TableCellText> cells)
    {
        var spanned = cells.Sum(c => c.Span);
        if (spanned != _columns.Count)
            throw new ArgumentException(
                $"A row must span {_columns.Count} columns; this one spans {spanned}.", nameof(cells));
    }

    private static TableCellWidth Width(decimal cm) => new() { Width = Twips(cm), Type = TableWidthUnitValues.Dxa };

    private static string Twips(decimal cm) => Text(Length.Twips(cm));

    private static string Text(int twips) => twips.ToString(CultureInfo.InvariantCulture);
}
