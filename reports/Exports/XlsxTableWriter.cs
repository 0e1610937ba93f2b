using System.Data.Common;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace SakipAnalytics.Reports.Exports;

/// <summary>
/// Streams a table to a workbook: a data sheet with typed cells (numbers stay numbers, shown with
/// two decimals; yes/no as "ya"/"tidak"), a frozen header with filters, and a sheet saying what the
/// table is, how it was filtered and under which settings it was computed.
/// </summary>
public static class XlsxTableWriter
{
    private const string DataSheet = "Data";
    private const string AboutSheet = "Keterangan";

    public static async Task<int> WriteAsync(DbDataReader reader, Stream output, ExportHeading heading)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(heading);

        await using var book = await Spreadsheet.CreateNewAsync(output);
        var styles = XlsxStyles.Add(book);
        await book.StartWorksheetAsync(DataSheet, DataOptions(reader));
        await book.AddRowAsync(Header(reader, styles));
        var rows = 0;
        while (await reader.ReadAsync())
        {
            await book.AddRowAsync(Row(reader, styles));
            rows++;
        }

        await WriteAbout(book, heading, rows, styles);
        await book.FinishAsync();
        return rows;
    }

    private static WorksheetOptions DataOptions(DbDataReader reader)
    {
        var header = $"A1:{ColumnLetters(reader.FieldCount)}1";
        var options = new WorksheetOptions { FrozenRows = 1, AutoFilter = new AutoFilterOptions(header) };
        for (var column = 1; column <= reader.FieldCount; column++)
            options.Column(column).Width = Math.Clamp(reader.GetName(column - 1).Length + 4, 10, 40);
        return options;
    }

    private static Cell[] Header(DbDataReader reader, XlsxStyles styles) =>
        Enumerable.Range(0, reader.FieldCount).Select(i => new Cell(reader.GetName(i), styles.Bold)).ToArray();

    private static Cell[] Row(DbDataReader reader, XlsxStyles styles) =>
        Enumerable.Range(0, reader.FieldCount).Select(i => XlsxCells.For(reader, i, styles)).ToArray();

    private static async Task WriteAbout(Spreadsheet book, ExportHeading heading, int rows, XlsxStyles styles)
    {
        var options = new WorksheetOptions();
        options.Column(1).Width = 32;
        options.Column(2).Width = 90;
        await book.StartWorksheetAsync(AboutSheet, options);
        foreach (var (name, value) in AboutLines(heading, rows))
            await book.AddRowAsync([new Cell(name, styles.Bold), new Cell(value)]);
    }

    private static IEnumerable<(string, string)> AboutLines(ExportHeading heading, int rows)
    {
        yield return ("Tabel", heading.Table);
        yield return ("Isi", heading.Description);
        yield return ("Saringan", heading.Filter);
        yield return ("Jumlah baris", rows.ToString(Model.Formatting.IndonesianFormat.CultureInfo));
        yield return ("Dibuat", Model.Formatting.IndonesianFormat.Moment(heading.MadeAt));
        foreach (var setting in heading.Settings)
            yield return setting;
    }

    private static string ColumnLetters(int column)
    {
        var letters = "";
        for (var n = column; n > 0; n = (n - 1) / 26)
            letters = (char)('A' + (n - 1) % 26) + letters;
        return letters;
    }
}
