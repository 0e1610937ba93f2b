namespace SakipAnalytics.Reports.Exports;

/// <summary>What an exported table is and how it was made, stated beside the data.</summary>
public sealed record ExportHeading(
    string Table,
    string Description,
    string Filter,
    IReadOnlyList<(string Name, string Value)> Settings,
    DateTimeOffset MadeAt);
