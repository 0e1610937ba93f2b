namespace SakipAnalytics.Reports.Word;

/// <summary>
/// The word a numbered caption starts with; it also names the caption's SEQ sequence, which the
/// lists of tables and figures collect.
/// </summary>
internal sealed record CaptionLabel(string Name)
{
    public static CaptionLabel Table { get; } = new("Tabel");

    public static CaptionLabel Figure { get; } = new("Gambar");
}
