using DuckDB.NET.Data;
using SakipAnalytics.Model.Errors;
using SakipAnalytics.Model.Store;

namespace SakipAnalytics.Model.Tests.Store;

public sealed class SakipStoreTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sakip-store-").FullName;

    private string DatabasePath => Path.Combine(_folder, "sakip.duckdb");

    [Fact]
    public void Open_DatabaseThisVersionMade_OpensAgain()
    {
        using (SakipStore.Open(DatabasePath))
        {
        }

        using var reopened = SakipStore.Open(DatabasePath);

        Assert.Equal(0L, reopened.Scalar<long>("SELECT count(*) FROM source_file"));
    }

    [Fact]
    public void Open_DatabaseAnOlderBuildMade_IsRefusedInIndonesianAndLeftUnchanged()
    {
        OlderBuildDatabase();

        var error = Assert.Throws<StoreVersionException>(() => SakipStore.Open(DatabasePath));

        Assert.StartsWith($"Basis data {DatabasePath} dibuat oleh versi SakipAnalytics lain (skema lama, versi ini memakai skema ",
            error.Message, StringComparison.Ordinal);
        Assert.Equal(["source_file"], Tables());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void OlderBuildDatabase()
    {
        using var connection = new DuckDBConnection($"Data Source={DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "CREATE TABLE source_file (file_id INTEGER)";
        command.ExecuteNonQuery();
    }

    private List<string> Tables()
    {
        using var connection = new DuckDBConnection($"Data Source={DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT table_name FROM duckdb_tables() ORDER BY 1";
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
            names.Add(reader.GetString(0));
        return names;
    }
}
