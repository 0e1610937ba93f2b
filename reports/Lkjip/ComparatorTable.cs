using SakipAnalytics.Model.Analysis.Lkjip;
using SakipAnalytics.Reports.Word;

namespace SakipAnalytics.Reports.Lkjip;

/// <summary>
/// An indicator's realisasi against the RPJMD target, the standar pelayanan minimal and peer
/// offices of the reference workbook, as <c>pembanding</c> holds them.
/// </summary>
internal static class ComparatorTable
{
    public static WordTable Build(IReadOnlyList<ComparatorResult> comparators, int year)
    {
        ArgumentNullException.ThrowIfNull(comparators);

        var table = new WordTable(
        [
            TableColumn.Left("Jenis Pembanding", 2.6m), TableColumn.Left("Pembanding", 3.8m),
            TableColumn.Center("Nilai", 1.6m), TableColumn.Center($"Realisasi {year}", 1.8m),
            TableColumn.Center("Selisih", 1.6m), TableColumn.Center("Keterangan", 2.6m),
        ]);
        foreach (var comparator in comparators)
            table.AddRow(Row(comparator));
        return table;
    }

    /// <summary>
    /// "lebih baik", "setara", "lebih buruk" or "-", honouring the indicator's polarity ("lebih rendah"
    /// would read as good news for a negative indicator).
    /// </summary>
    public static string Verdict(ComparatorResult comparator) => (comparator.AtLeastAsGood, comparator.Difference) switch
    {
        (null, _) => ValueText.Missing,
        (true, 0m) => "setara",
        (true, _) => "lebih baik",
        (false, _) => "lebih buruk",
    };

    private static string[] Row(ComparatorResult c) =>
    [
        c.Kind, Source(c), FigureText.Of(c.Value, c.ValueText), FigureText.Of(c.Realisasi), FigureText.Signed(c.Difference),
        Verdict(c),
    ];

    private static string Source(ComparatorResult c) =>
        c.Source is null || c.Name.Contains(c.Source, StringComparison.OrdinalIgnoreCase) ? c.Name : $"{c.Name} ({c.Source})";
}
