namespace SakipAnalytics.DataGenerator.Spreadsheet;

/// <summary>A typed number; <see cref="FixedDecimals"/> only matters when written as text.</summary>
public sealed record NumberCell(decimal Value, int? FixedDecimals, CellStyle Style) : Cell(Style);
