using System.Diagnostics;
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
        var started = Stopwatch.GetTimestamp();
        long rows = 0;
        foreach (var file in csvFiles)
            rows += Load(connection, file);

        return new StageMeasure(Stopwatch.GetElapsedTime(started), csvFiles.Count, rows, csvFiles.Sum(f => new FileInfo(f).Length));
    }

    private static long Load(DuckDBConnection connection, string file)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Read;
        command.Parameters.Add(new DuckDBParameter("file", file));
        command.ExecuteNonQuery();

        command.Parameters.Clear();
        command.CommandText = Count;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
