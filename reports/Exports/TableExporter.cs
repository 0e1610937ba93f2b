using System.Text;
using SakipAnalytics.Model.Analysis.Tables;

namespace SakipAnalytics.Reports.Exports;

/// <summary>
/// Writes one computed table to a file. The file is written beside its destination and moved
/// into place at the end, so a failed export never leaves a half-written table behind.
/// </summary>
public static class TableExporter
{
    public static async Task<int> ExportAsync(
        AnalysisSession session, TableExport export, DateTimeOffset madeAt)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(export);

        var folder = Path.GetDirectoryName(Path.GetFullPath(export.Path))!;
        Directory.CreateDirectory(folder);
        var partial = Path.Combine(folder, "." + Path.GetFileName(export.Path) + ".partial");
        try
        {
            var rows = await Write(session, export, partial, madeAt);
            File.Move(partial, export.Path, overwrite: true);
            return rows;
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>
    /// Every table into one folder under its default name. Dimensions a table does not take are
    /// dropped from <paramref name="filter"/>; a dimension it requires but the filter lacks comes
    /// from <paramref name="fallback"/> (the latest reported month of the year asked for), or the table is skipped.
    /// </summary>
    public static async Task<IReadOnlyList<ExportedTable>> ExportAllAsync(
        AnalysisSession session, TableFilter filter, TableFilter fallback, ExportFormat format, string folder, DateTimeOffset madeAt)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(fallback);

        var exported = new List<ExportedTable>();
        foreach (var table in AnalysisTables.All)
        {
            if (Narrow(table, filter, fallback) is not { } narrowed)
            {
                exported.Add(new ExportedTable(table, null, 0));
                continue;
            }

            var path = Path.Combine(folder, DefaultFileName(table, narrowed, format));
            var rows = await ExportAsync(session, new TableExport(table, narrowed, format, path), madeAt);
            exported.Add(new ExportedTable(table, path, rows));
        }

        return exported;
    }

    /// <summary>The file name an export gets when none is given: capaian_bulanan-2026-03-SEK.xlsx.</summary>
    public static string DefaultFileName(AnalysisTable table, TableFilter filter, ExportFormat format)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(filter);

        var name = new StringBuilder(table.Name);
        if (filter.Year is { } year)
            name.Append('-').Append(year);
        if (filter.Month is { } month)
            name.Append('-').Append(month.ToString("00", System.Globalization.CultureInfo.InvariantCulture));
        if (filter.Unit is { } unit)
            name.Append('-').Append(unit);
        return name.Append(format == ExportFormat.Csv ? ".csv" : ".xlsx").ToString();
    }

    private static TableFilter? Narrow(AnalysisTable table, TableFilter filter, TableFilter fallback)
    {
        var year = Pick(table, TableDimensions.Year, filter.Year, fallback.Year);
        var month = Pick(table, TableDimensions.Month, filter.Month, fallback.Month);
        var narrowed = new TableFilter(year, month, table.Takes(TableDimensions.Unit) ? filter.Unit : null);
        var complete = (!table.Requires(TableDimensions.Year) || year is not null)
            && (!table.Requires(TableDimensions.Month) || month is not null);
        return complete ? narrowed : null;
    }

    private static T? Pick<T>(AnalysisTable table, TableDimensions dimension, T? given, T? fallback)
        where T : struct =>
        !table.Takes(dimension) ? null : given ?? (table.Requires(dimension) ? fallback : null);

    private static async Task<int> Write(
        AnalysisSession session, TableExport export, string path, DateTimeOffset madeAt)
    {
        await using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        if (export.Format == ExportFormat.Csv)
        {
            await using var text = new StreamWriter(stream, new UTF8Encoding(false));
            return session.Read(export.Table, export.Filter, reader => CsvTableWriter.Write(reader, text));
        }

        var heading = new ExportHeading(
            export.Table.Name, export.Table.Description, FilterText(export.Filter), session.Settings.Describe(), madeAt);
        return await session.ReadAsync(
            export.Table, export.Filter, reader => XlsxTableWriter.WriteAsync(reader, stream, heading));
    }

    /// <summary>A filter as reports state it: "tahun 2026, bulan Maret, unit PSAA" or "semua data".</summary>
    public static string FilterText(TableFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);

        var parts = new List<string>();
        if (filter.Year is { } year)
            parts.Add($"tahun {year}");
        if (filter.Month is { } month)
            parts.Add($"bulan {Model.Formatting.IndonesianFormat.MonthName(month)}");
        if (filter.Unit is { } unit)
            parts.Add($"unit {unit}");
        return parts.Count == 0 ? "semua data" : string.Join(", ", parts);
    }
}
