using System.Data;
using DuckDB.NET.Data;
using SakipAnalytics.Model.Errors;

namespace SakipAnalytics.Model.Store;

/// <summary>
/// The DuckDB database everything lands in. DuckDB lets one process hold a file at a time,
/// so opening a file another process holds raises <see cref="StoreLockedException"/>.
/// </summary>
public sealed class SakipStore : IDisposable
{
    private readonly DuckDBConnection _connection;

    private SakipStore(DuckDBConnection connection, string path)
    {
        _connection = connection;
        Path = path;
    }

    /// <summary>The database file, or <c>:memory:</c>.</summary>
    public string Path { get; }

    public DuckDBConnection Connection => _connection;

    /// <summary>
    /// Opens (creating when absent) the database at <paramref name="path"/>: a new one gets the schema,
    /// an existing one must have been made with this schema (<see cref="StoreVersionException"/>).
    /// </summary>
    public static SakipStore Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);

        var connection = Connect(path);
        var store = new SakipStore(connection, path);
        store.ApplySchema();
        return store;
    }

    public static SakipStore InMemory() => Open(":memory:");

    public DuckDBCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            command.Parameters.Add(new DuckDBParameter(name, value ?? DBNull.Value));
        return command;
    }

    public int Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        return command.ExecuteNonQuery();
    }

    public T? Scalar<T>(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        var value = command.ExecuteScalar();
        if (value is null or DBNull)
            return default;

        return (T)Convert.ChangeType(value, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public IDbTransaction BeginTransaction() => _connection.BeginTransaction();

    public void Dispose() => _connection.Dispose();

    private static DuckDBConnection Connect(string path)
    {
        var connection = new DuckDBConnection($"Data Source={path}");
        try
        {
            connection.Open();
            return connection;
        }
        catch (DuckDBException ex) when (ex.Message.Contains("lock", StringComparison.OrdinalIgnoreCase))
        {
            connection.Dispose();
            throw new StoreLockedException(path, ex);
        }
        catch (DuckDBException ex)
        {
            connection.Dispose();
            throw new StoreOpenException(path, ex);
        }
    }

    /// <summary>
    /// Makes a new database's tables and records their version; refuses a database made with another
    /// schema, before anything in it changes.
    /// </summary>
    private void ApplySchema()
    {
        var assembly = typeof(SakipStore).Assembly;
        var scripts = SqlScript.Under(assembly, "Schema");
        if (TableCount(null) > 0)
        {
            CheckVersion(scripts.Count);
            return;
        }

        foreach (var resource in scripts)
            Execute(SqlScript.ReadResource(assembly, resource));
        Execute(StoreSql.RecordSchemaVersion, ("version", scripts.Count));

        // DuckDB 1.5.6 failed to replay the write-ahead log of a killed run while the log still held
        // the schema statements; made durable first, the log holds only the loads.
        Execute("CHECKPOINT");
    }

    private void CheckVersion(int current)
    {
        int? stored = TableCount("schema_version") > 0 ? Scalar<int>(StoreSql.SchemaVersion) : null;
        if (stored != current)
            throw new StoreVersionException(Path, stored, current);
    }

    private long TableCount(string? name) => Scalar<long>(StoreSql.TableCount, ("name", name));
}
