using SakipAnalytics.Model.Store;

namespace SakipAnalytics.Model.Analysis.Tables;

/// <summary>The SQL behind the tables, kept in <c>Queries/Tables/*.sql</c>.</summary>
internal static class TableSql
{
    public static readonly string Session = Load("Session");
    public static readonly string SessionValues = Load("SessionValues");
    public static readonly string SessionViews = Load("SessionViews");
    public static readonly string KnownUnits = Load("KnownUnits");
    public static readonly string KnownYears = Load("KnownYears");

    private static readonly Dictionary<string, string> Queries =
        AnalysisTables.All.ToDictionary(t => t.QueryName, t => Load(t.QueryName));

    public static string For(AnalysisTable table) => Queries[table.QueryName];

    private static string Load(string name) => SqlScript.Load(typeof(TableSql).Assembly, $"Queries/Tables/{name}.sql");
}
