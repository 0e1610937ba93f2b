using System.Data.Common;
using Microsoft.Data.Analysis;
using SakipAnalytics.Model.Errors;
using SakipAnalytics.Model.Store;

namespace SakipAnalytics.Model.Analysis.Tables;

/// <summary>
/// Reads the computed tables from a store under one set of settings. Opening a session installs
/// the settings and the rules that read them (cap, bands, thresholds) on the store's connection.
/// </summary>
public sealed class AnalysisSession
{
    private readonly SakipStore _store;

    public AnalysisSession(SakipStore store, AnalysisSettings settings)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(settings);

        _store = store;
        Settings = settings;
        Install(settings);
    }

    public AnalysisSettings Settings { get; }

    /// <summary>Runs a table's query and hands its rows to <paramref name="consume"/> as they stream.</summary>
    public T Read<T>(AnalysisTable table, TableFilter filter, Func<DbDataReader, T> consume)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(consume);

        using var command = _store.Command(TableSql.For(table), Parameters(table, Checked(table, filter)));
        using var reader = command.ExecuteReader();
        return consume(reader);
    }

    /// <summary>As <see cref="Read{T}"/>, for consumers that write as they read.</summary>
    public async Task<T> ReadAsync<T>(AnalysisTable table, TableFilter filter, Func<DbDataReader, Task<T>> consume)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(consume);

        using var command = _store.Command(TableSql.For(table), Parameters(table, Checked(table, filter)));
        using var reader = command.ExecuteReader();
        return await consume(reader);
    }

    /// <summary>A table's rows as records, each made from its columns by name.</summary>
    public IReadOnlyList<T> Rows<T>(string tableName, TableFilter filter, Func<NamedRow, T> map)
    {
        ArgumentNullException.ThrowIfNull(map);

        var table = AnalysisTables.Find(tableName) ?? throw UnknownTable(tableName);
        return Read(table, filter, reader =>
        {
            var row = new NamedRow(reader);
            var rows = new List<T>();
            while (reader.Read())
                rows.Add(map(row));
            return rows;
        });
    }

    /// <summary>A table as a data frame, for people who script against the library.</summary>
    public DataFrame Frame(AnalysisTable table, TableFilter filter) => Read(table, filter, TableFrame.From);

    /// <summary>A table by name, as a data frame.</summary>
    public DataFrame Frame(string tableName, TableFilter? filter = null) =>
        Frame(AnalysisTables.Find(tableName) ?? throw UnknownTable(tableName), filter ?? TableFilter.All);

    private void Install(AnalysisSettings settings)
    {
        _store.Execute(TableSql.Session);
        _store.Execute(TableSql.SessionValues, SettingValues(settings));
        _store.Execute(TableSql.SessionViews);
    }

    private static (string, object?)[] SettingValues(AnalysisSettings s) =>
    [
        ("cap", s.Cap.Ceiling), ("sangat_tinggi", s.Bands.SangatTinggi), ("tinggi", s.Bands.Tinggi),
        ("sedang", s.Bands.Sedang), ("rendah", s.Bands.Rendah), ("efficiency", EfficiencyReadings.Key(s.Efficiency)),
        ("warning_capaian", s.Warning.CapaianBelow), ("warning_absorption", s.Warning.AbsorptionBelow),
        ("deadline_day", s.DeadlineDay),
    ];

    private TableFilter Checked(AnalysisTable table, TableFilter? filter)
    {
        filter ??= TableFilter.All;
        TableFilterRules.Check(table, filter);
        var years = Known(TableSql.KnownYears, r => r.GetInt32(0));
        TableFilterRules.CheckKnown(filter, years, Known(TableSql.KnownUnits, r => r.GetString(0)));
        return filter;
    }

    private List<T> Known<T>(string sql, Func<DbDataReader, T> read) => _store.Rows(sql, read);

    private static (string, object?)[] Parameters(AnalysisTable table, TableFilter filter)
    {
        var parameters = new List<(string, object?)>();
        if (table.Takes(TableDimensions.Year))
            parameters.Add(("year", filter.Year));
        if (table.Takes(TableDimensions.Month))
            parameters.Add(("month", filter.Month));
        if (table.Takes(TableDimensions.Unit))
            parameters.Add(("unit", filter.Unit));
        return [.. parameters];
    }

    private static TableFilterException UnknownTable(string name) =>
        new($"Tabel '{name}' tidak ada. Tabel yang ada: {string.Join(", ", AnalysisTables.All.Select(t => t.Name))}.");
}
