namespace SakipAnalytics.DataGenerator.Spreadsheet;

/// <summary>The few looks a generated cell can have; readers ignore them, people do not.</summary>
public enum CellStyle
{
    Normal = 0,
    Bold = 1,
    Rupiah = 2,
    TwoDecimals = 3,
}
