namespace SakipAnalytics.Model.Analysis.Tables;

/// <summary>The dimensions a table can be filtered on.</summary>
[Flags]
public enum TableDimensions
{
    None = 0,
    Year = 1,
    Month = 2,
    Unit = 4,
}
