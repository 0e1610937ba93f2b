namespace SakipAnalytics.Reports.Exports;

/// <summary>The file formats a computed table is exported to.</summary>
public enum ExportFormat
{
    /// <summary>Comma-separated, invariant numbers (1234.5) and ISO dates, for scripts and other systems.</summary>
    Csv,

    /// <summary>A workbook with typed cells and a sheet stating the filter and settings, for people.</summary>
    Xlsx,
}
