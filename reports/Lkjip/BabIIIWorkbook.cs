using SakipAnalytics.Reports.Exports;
using SakipAnalytics.Reports.Word;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace SakipAnalytics.Reports.Lkjip;

/// <summary>
/// The numbered tables of Bab III as a workbook, one sheet per table ("Tabel 3.1"): the caption,
/// the header and the rows as the document prints them, figures as numbers in Indonesian layout.
/// </summary>
internal static class BabIIIWorkbook
{
    public static void Write(IReadOnlyList<DraftTable> tables, Stream output) =>
        WriteAsync(tables, output).GetAwaiter().GetResult();

    private static async Task WriteAsync(IReadOnlyList<DraftTable> tables, Stream output)
    {
        await using var book = await Spreadsheet.CreateNewAsync(output);
        var styles = XlsxStyles.Add(book);
        foreach (var table in tables)
            await WriteSheet(book, table, styles);
        await book.FinishAsync();
    }

    private static async Task WriteSheet(Spreadsheet book, DraftTable table, XlsxStyles styles)
    {
        var headers = table.Table.Headers;
        var options = new WorksheetOptions { FrozenRows = 2 };
        for (var column = 1; column <= headers.Count; column++)
            options.Column(column).Width = column == 2 ? 48 : 16;

        await book.StartWorksheetAsync(table.Caption.Text, options);
        await book.AddRowAsync([new Cell($"{table.Caption.Text} {table.Title}", styles.Bold)]);
        await book.AddRowAsync(headers.Select(h => new Cell(h, styles.Bold)).ToArray());
        foreach (var row in table.Table.Rows)
            await book.AddRowAsync(Cells(row, styles));
    }

    // A cell spanning several columns is written in its first and leaves the others empty; so is a merged cell's continuation.
    private static Cell[] Cells(IReadOnlyList<TableCellText> row, XlsxStyles styles) =>
        row.SelectMany(cell => Enumerable.Range(0, cell.Span).Select(i => i == 0 ? Cell(cell, styles) : new Cell((string?)null)))
            .ToArray();

    private static Cell Cell(TableCellText cell, XlsxStyles styles)
    {
        if (cell.Merge == CellMerge.Continue)
            return new Cell((string?)null);

        if (!PrintedNumber.TryParse(cell.Text, out var value, out var decimals))
            return cell.Bold ? new Cell(cell.Text, styles.Bold) : new Cell(cell.Text);

        return new Cell(value, decimals == 0 ? styles.Whole : styles.Fraction);
    }
}
