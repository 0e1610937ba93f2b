namespace SakipAnalytics.Model.Store;

/// <summary>The model's named queries, kept in <c>Queries/**/*.sql</c>.</summary>
internal static class ModelSql
{
    public static readonly string CapaianInputs = Load("Capaian/Inputs");

    private static string Load(string name) => SqlScript.Load(typeof(ModelSql).Assembly, $"Queries/{name}.sql");
}
