namespace SakipAnalytics.Model.Analysis.Tables;

/// <summary>
/// One computed table: its name (as <c>sakip export</c> takes it), what it holds, the filters it
/// takes and the named query behind it. <see cref="Required"/> filters must be given.
/// </summary>
public sealed record AnalysisTable(string Name, string Description, TableDimensions Filters, string QueryName)
{
    public TableDimensions Required { get; init; } = TableDimensions.None;

    public bool Takes(TableDimensions dimension) => (Filters & dimension) == dimension;

    public bool Requires(TableDimensions dimension) => (Required & dimension) == dimension;
}
