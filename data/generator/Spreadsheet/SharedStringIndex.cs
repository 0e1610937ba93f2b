using DocumentFormat.OpenXml;
using Ox = DocumentFormat.OpenXml.Spreadsheet;

namespace SakipAnalytics.DataGenerator.Spreadsheet;

/// <summary>The workbook's shared string table, numbered in order of first use.</summary>
internal sealed class SharedStringIndex(StringStorage storage)
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<string> _strings = [];

    public StringStorage Storage { get; } = storage;

    public int IndexOf(string text)
    {
        if (_index.TryGetValue(text, out var known))
            return known;

        _strings.Add(text);
        _index[text] = _strings.Count - 1;
        return _strings.Count - 1;
    }

    public Ox.SharedStringTable ToTable() =>
        new(_strings.Select(s => new Ox.SharedStringItem(new Ox.Text(s) { Space = SpaceProcessingModeValues.Preserve })))
        {
            Count = (uint)_strings.Count,
            UniqueCount = (uint)_strings.Count,
        };
}
