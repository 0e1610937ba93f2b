using DuckDB.NET.Data;

namespace SakipAnalytics.Model.Store;

/// <summary>
/// Appends one row of mixed values through DuckDB's appender, so loaders can write a row as a
/// list of its values. Hot paths with millions of rows call the typed overloads directly.
/// </summary>
public static class AppenderRows
{
    public static void AppendRow(this DuckDBAppender appender, params object?[] values)
    {
        ArgumentNullException.ThrowIfNull(appender);
        ArgumentNullException.ThrowIfNull(values);

        var row = appender.CreateRow();
        foreach (var value in values)
            row = Append(row, value);
        row.EndRow();
    }

    private static IDuckDBAppenderRow Append(IDuckDBAppenderRow row, object? value) => value switch
    {
        null => row.AppendNullValue(),
        string text => row.AppendValue(text),
        int number => row.AppendValue(number),
        long number => row.AppendValue(number),
        decimal number => row.AppendValue(number),
        DateOnly date => row.AppendValue(date),
        DateTime time => row.AppendValue(time),
        bool flag => row.AppendValue(flag),
        _ => throw new ArgumentException($"No appender mapping for {value.GetType().Name}.", nameof(value)),
    };
}
