using SakipAnalytics.Model.Store;

namespace SakipAnalytics.Ingest.Loading;

/// <summary>The ingest step's SQL, kept in <c>Loading/Sql/*.sql</c>.</summary>
internal static class IngestSql
{
    public static readonly string InsertSourceFile = Load("InsertSourceFile");
    public static readonly string CompleteSourceFile = Load("CompleteSourceFile");
    public static readonly string HashHistory = Load("HashHistory");
    public static readonly string ForgetRejectedHash = Load("ForgetRejectedHash");
    public static readonly string FindPreviousVersion = Load("FindPreviousVersion");
    public static readonly string MarkSuperseded = Load("MarkSuperseded");
    public static readonly string SettleRejected = Load("SettleRejected");

    private static string Load(string name) => SqlScript.Load(typeof(IngestSql).Assembly, $"Loading/Sql/{name}.sql");
}
