namespace SakipAnalytics.Ingest.Findings;

/// <summary>The findings of one file, in the order they were found.</summary>
public sealed class FindingList
{
    private readonly List<Finding> _items = [];

    public IReadOnlyList<Finding> Items => _items;

    public bool HasErrors => _items.Exists(f => f.Severity == Severity.Error);

    public int ErrorCount => _items.Count(f => f.Severity == Severity.Error);

    public int WarningCount => _items.Count(f => f.Severity == Severity.Warning);

    public void Add(Finding finding) => _items.Add(finding);

    public void Error(string message, string? sheet, int? row, string? column = null, string? found = null, string? expected = null) =>
        Add(Severity.Error, message, sheet, row, column, found, expected);

    public void Warning(string message, string? sheet, int? row, string? column = null, string? found = null, string? expected = null) =>
        Add(Severity.Warning, message, sheet, row, column, found, expected);

    private void Add(Severity severity, string message, string? sheet, int? row, string? column, string? found, string? expected) =>
        Add(new Finding
        {
            Severity = severity, Message = message, Sheet = sheet, Row = row, Column = column, Found = found, Expected = expected,
        });
}
