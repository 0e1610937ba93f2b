using System.Globalization;
using DocumentFormat.OpenXml;
using Ox = DocumentFormat.OpenXml.Spreadsheet;

namespace SakipAnalytics.DataGenerator.Spreadsheet;

/// <summary>Turns one <see cref="Sheet"/> into worksheet XML: columns, rows, merged ranges.</summary>
internal static class WorksheetContent
{
    public static Ox.Worksheet Build(Sheet sheet, SharedStringIndex strings)
    {
        var worksheet = new Ox.Worksheet();
        if (sheet.ColumnWidths.Count > 0)
            worksheet.Append(Columns(sheet));

        worksheet.Append(Data(sheet, strings));
        if (sheet.Merges.Count > 0)
            worksheet.Append(Merges(sheet));

        return worksheet;
    }

    private static Ox.Columns Columns(Sheet sheet) =>
        new(sheet.ColumnWidths.OrderBy(w => w.Key).Select(w => new Ox.Column
        {
            Min = (uint)w.Key,
            Max = (uint)w.Key,
            Width = w.Value,
            CustomWidth = true,
        }));

    private static Ox.SheetData Data(Sheet sheet, SharedStringIndex strings)
    {
        var data = new Ox.SheetData();
        for (var r = 0; r < sheet.Rows.Count; r++)
            data.Append(Row(sheet.Rows[r], r + 1, strings));

        return data;
    }

    private static Ox.Row Row(IReadOnlyList<Cell?> cells, int rowNumber, SharedStringIndex strings)
    {
        var row = new Ox.Row { RowIndex = (uint)rowNumber };
        for (var c = 0; c < cells.Count; c++)
        {
            if (cells[c] is { } cell)
                row.Append(ToXml(cell, ColumnName.Of(c + 1) + rowNumber, strings));
        }

        return row;
    }

    private static Ox.Cell ToXml(Cell cell, string reference, SharedStringIndex strings)
    {
        var xml = new Ox.Cell { CellReference = reference };
        if (cell.Style != CellStyle.Normal)
            xml.StyleIndex = (uint)cell.Style;

        switch (cell)
        {
            case NumberCell number:
                xml.CellValue = new Ox.CellValue(number.Value.ToString("0.############", CultureInfo.InvariantCulture));
                break;
            case TextCell text when strings.Storage == StringStorage.Shared:
                xml.DataType = Ox.CellValues.SharedString;
                xml.CellValue = new Ox.CellValue(strings.IndexOf(text.Value).ToString(CultureInfo.InvariantCulture));
                break;
            case TextCell text:
                xml.DataType = Ox.CellValues.InlineString;
                xml.InlineString = new Ox.InlineString(new Ox.Text(text.Value) { Space = SpaceProcessingModeValues.Preserve });
                break;
        }

        return xml;
    }

    private static Ox.MergeCells Merges(Sheet sheet) =>
        new(sheet.Merges.Select(m => new Ox.MergeCell { Reference = m })) { Count = (uint)sheet.Merges.Count };
}
