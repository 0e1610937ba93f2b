namespace SakipAnalytics.DataGenerator.Spreadsheet;

/// <summary>
/// A grid of cells in file order with its merged ranges: the one shape every layout builds and
/// every writer (xlsx or delimited text) reads.
/// </summary>
public sealed class Sheet
{
    private readonly List<IReadOnlyList<Cell?>> _rows = [];
    private readonly List<string> _merges = [];
    private readonly Dictionary<int, double> _widths = [];

    public Sheet(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    public string Name { get; }

    public IReadOnlyList<IReadOnlyList<Cell?>> Rows => _rows;

    public IReadOnlyList<string> Merges => _merges;

    public IReadOnlyDictionary<int, double> ColumnWidths => _widths;

    /// <summary>Adds a row and returns its 1-based number, as a spreadsheet shows it.</summary>
    public int AddRow(params Cell?[] cells)
    {
        _rows.Add(cells);
        return _rows.Count;
    }

    public int AddBlankRow() => AddRow();

    public void Merge(string range) => _merges.Add(range);

    /// <summary>Sets the width of a 1-based column.</summary>
    public void Width(int column, double width) => _widths[column] = width;
}
