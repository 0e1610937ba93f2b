namespace SakipAnalytics.Model.Analysis;

/// <summary>Where a figure came from: the file as received, its sheet and its row (1-based).</summary>
public sealed record SourceRef(string FileName, string? Sheet, int Row)
{
    public override string ToString() => Sheet is null ? $"{FileName}, baris {Row}" : $"{FileName}, sheet {Sheet}, baris {Row}";
}
