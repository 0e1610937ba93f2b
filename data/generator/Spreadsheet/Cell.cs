namespace SakipAnalytics.DataGenerator.Spreadsheet;

/// <summary>One cell as a file holds it: text or a typed number. An absent cell is <c>null</c>.</summary>
public abstract record Cell(CellStyle Style)
{
    public static Cell Text(string value, CellStyle style = CellStyle.Normal) => new TextCell(value, style);

    public static Cell Number(decimal value, CellStyle style = CellStyle.Normal) =>
        new NumberCell(value, null, style);

    /// <summary>A number that delimited text writes with a fixed count of decimals (<c>102,00</c>).</summary>
    public static Cell Fixed(decimal value, int decimals) => new NumberCell(value, decimals, CellStyle.TwoDecimals);

    public static Cell Rupiah(decimal value) => new NumberCell(value, 2, CellStyle.Rupiah);
}
