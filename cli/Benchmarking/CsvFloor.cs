using DuckDB.NET.Data;
using SakipAnalytics.Model.Store;

namespace SakipAnalytics.Cli.Benchmarking;

/// <summary>
/// Loads the csv inputs with a plain DuckDB <c>read_csv</c> into an in-memory table, one file at a
/// time: the fastest the bytes can become rows on this machine, which the ingest is compared to.
/// </summary>
internal static class CsvFloor
{
    private static readonly string Read = SqlScript.Load(typeof(CsvFloor).Assembly, "Benchmarking/Sql/ReadCsvFloor.sql");
    private static readonly string Count = SqlScript.Load(typeof(CsvFloor).Assembly, "Benchmarking/Sql/CountFloorRows.sql");

    public static StageMeasure Measure(IReadOnlyList<string> csvFiles)
    {
        ArgumentNullException.ThrowIfNull(csvFiles);

        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        var files = csvFiles.Select(file => Load(connection, file)).ToList();
        return StageMeasure.Sum(files);
    }

    /// <summary>One file read into the table; only the read is timed, not the count of what it gave.</summary>
    private static StageMeasure Load(DuckDBConnection connection, string file)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Read;
        command.Parameters.Add(new DuckDBParameter("file", file));
        var elapsed = StageTimer.Time(() => { command.ExecuteNonQuery(); });

        command.Parameters.Clear();
        command.CommandText = Count;
        var rows = Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        return new StageMeasure(elapsed, 1, rows, new FileInfo(file).Length);
    }
}
