namespace SakipAnalytics.Model.Store;

/// <summary>The store's own named queries, kept in <c>Queries/Store/*.sql</c>.</summary>
internal static class StoreSql
{
    public static readonly string TableCount = Load("TableCount");
    public static readonly string SchemaVersion = Load("SchemaVersion");
    public static readonly string RecordSchemaVersion = Load("RecordSchemaVersion");

    private static string Load(string name) => SqlScript.Load(typeof(StoreSql).Assembly, $"Queries/Store/{name}.sql");
}
