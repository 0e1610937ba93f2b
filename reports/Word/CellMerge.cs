namespace SakipAnalytics.Reports.Word;

/// <summary>Whether a cell takes part in a vertical merge with the cells below or above it.</summary>
internal enum CellMerge
{
    None,

    /// <summary>The top cell of a merged run; it carries the text.</summary>
    Start,

    /// <summary>A cell merged into the one above; its text is not shown.</summary>
    Continue,
}
