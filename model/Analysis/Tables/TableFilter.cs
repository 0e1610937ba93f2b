namespace SakipAnalytics.Model.Analysis.Tables;

/// <summary>The year, month and unit a table is narrowed to; null leaves that dimension whole.</summary>
public sealed record TableFilter(int? Year = null, int? Month = null, string? Unit = null)
{
    public static TableFilter All { get; } = new();
}
