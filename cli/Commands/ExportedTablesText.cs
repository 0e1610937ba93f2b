using SakipAnalytics.Reports.Exports;

namespace SakipAnalytics.Cli.Commands;

/// <summary>What an export of every table wrote, a line per table, in Indonesian.</summary>
public static class ExportedTablesText
{
    public static void Write(IReadOnlyList<ExportedTable> tables, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(output);

        foreach (var table in tables)
        {
            output.WriteLine(table.Path is { } path
                ? $"{table.Table.Name}: {table.Rows} baris ditulis ke {path}"
                : $"{table.Table.Name}: dilewati, belum ada bulan laporan untuk saringan yang diwajibkan");
        }
    }
}
