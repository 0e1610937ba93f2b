namespace SakipAnalytics.DataGenerator.Spreadsheet;

/// <summary>Spreadsheet column letters: 1 is A, 27 is AA.</summary>
public static class ColumnName
{
    public static string Of(int column)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(column, 1);

        var name = string.Empty;
        for (var n = column; n > 0; n = (n - 1) / 26)
            name = (char)('A' + ((n - 1) % 26)) + name;

        return name;
    }
}
