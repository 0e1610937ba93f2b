using System.CommandLine;
using SakipAnalytics.Cli.Settings;
using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Analysis.Tables;
using SakipAnalytics.Reports.Exports;

namespace SakipAnalytics.Cli.Commands;

/// <summary>
/// <c>sakip export capaian_bulanan --year 2026 --month 3 --format xlsx</c>: one computed table to
/// a file. Without a table name it lists the tables.
/// </summary>
public static class ExportCommand
{
    public static Command Create(TextWriter output)
    {
        var options = new ExportOptions();
        var command = new Command("export", "Ekspor satu tabel hasil analisis ke csv atau xlsx (tanpa nama tabel: daftar tabel)");
        options.AddTo(command);
        command.SetAction((parse, _) => Guard.RunAsync(output, () => Export(parse, options, output)));
        return command;
    }

    private static async Task<int> Export(ParseResult parse, ExportOptions options, TextWriter output)
    {
        if (parse.GetValue(options.All))
        {
            if (parse.GetValue(options.Table) is { } named)
                throw new SettingsException($"--all mengekspor semua tabel; hapus nama tabel '{named}' atau hapus --all.");
            return await ExportAll(parse, options, output);
        }

        if (parse.GetValue(options.Table) is not { } name)
        {
            ListTables(output);
            return ExitCodes.Success;
        }

        var table = AnalysisTables.Find(name) ?? throw new SettingsException(UnknownTable(name));
        var settings = StoreOptions.Settings(parse, options.OutFolder, options.Cap);
        var export = options.Export(parse, table, settings);
        using var store = StoreOptions.OpenExisting(settings);
        var session = new AnalysisSession(store, settings.Analysis());
        var rows = await TableExporter.ExportAsync(session, export, OfficeClock.Now(settings));
        var none = rows == 0 ? " (tidak ada data untuk saringan ini)" : string.Empty;
        output.WriteLine($"{table.Name}: {rows} baris ditulis ke {export.Path}{none}");
        WriteCsvSettings(export.Format, session.Settings, output);
        return ExitCodes.Success;
    }

    private static async Task<int> ExportAll(ParseResult parse, ExportOptions options, TextWriter output)
    {
        var settings = StoreOptions.Settings(parse, options.OutFolder, options.Cap);
        var format = ExportOptions.ParseFormat(parse.GetValue(options.Format)!);
        var folder = options.Destination(parse) ?? Path.Combine(settings.OutputFolder, "ekspor");
        using var store = StoreOptions.OpenExisting(settings);
        var session = new AnalysisSession(store, settings.Analysis());
        var fallback = LatestMonth(new ResultQueries(store), options.Filter(parse).Year);
        var tables = await TableExporter.ExportAllAsync(
            session, options.Filter(parse), fallback, format, folder, OfficeClock.Now(settings));
        ExportedTablesText.Write(tables, output);
        WriteCsvSettings(format, session.Settings, output);
        return ExitCodes.Success;
    }

    /// <summary>A CSV file holds data only; the settings it was computed with are stated here instead.</summary>
    private static void WriteCsvSettings(ExportFormat format, AnalysisSettings settings, TextWriter output)
    {
        if (format != ExportFormat.Csv)
            return;

        output.WriteLine("Dihitung dengan pengaturan: "
            + string.Join("; ", settings.Describe().Select(s => $"{s.Name}: {s.Value}")) + ".");
    }

    /// <summary>The month a table that needs one (the cascade) takes: the latest reported, in the year asked for if any.</summary>
    private static TableFilter LatestMonth(ResultQueries queries, int? year)
    {
        var latest = queries.Periods();
        return year is { } asked && asked != latest.LatestYear
            ? new TableFilter(asked, queries.LatestMonthOf(asked))
            : new TableFilter(latest.LatestYear, latest.LatestMonth);
    }

    private static void ListTables(TextWriter output)
    {
        output.WriteLine("Tabel yang dapat diekspor (sakip export <tabel> [--year] [--month] [--unit] --format csv|xlsx):");
        foreach (var table in AnalysisTables.All)
            output.WriteLine($"  {table.Name,-20} {table.Description} [{ExportOptions.FilterNames(table)}]");
    }

    private static string UnknownTable(string name) =>
        $"Tabel '{name}' tidak ada. Tabel yang ada: {string.Join(", ", AnalysisTables.All.Select(t => t.Name))}.";
}
