namespace SakipAnalytics.DataGenerator.Spreadsheet;

public sealed record TextCell(string Value, CellStyle Style) : Cell(Style);
