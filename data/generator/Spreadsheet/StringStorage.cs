namespace SakipAnalytics.DataGenerator.Spreadsheet;

/// <summary>How a workbook stores its text: Excel's shared table, or inline as exporters do.</summary>
public enum StringStorage
{
    Shared,
    Inline,
}
