namespace SakipAnalytics.Ingest.Layout;

/// <summary>The columns of one file kind; the header row is the first row holding all required ones.</summary>
public sealed record HeaderLayout(string KindName, IReadOnlyList<Column> Columns)
{
    public IEnumerable<Column> RequiredColumns => Columns.Where(c => c.Required);
}
