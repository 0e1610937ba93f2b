namespace SakipAnalytics.Reports.Word;

/// <summary>The text of one body cell, with its horizontal span, vertical merge and emphasis.</summary>
internal sealed record TableCellText(string Text)
{
    public int Span { get; init; } = 1;

    public CellMerge Merge { get; init; } = CellMerge.None;

    public bool Bold { get; init; }

    /// <summary>Indentation of the text in centimetres, e.g. for a kegiatan under its program.</summary>
    public decimal IndentCm { get; init; }

    public static IReadOnlyList<TableCellText> Row(params string[] texts) =>
        [.. texts.Select(t => new TableCellText(t))];
}
