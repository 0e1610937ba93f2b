namespace SakipAnalytics.Ingest.Layout;

/// <summary>A column a layout looks for by its header text (or one of its known spellings).</summary>
public sealed record Column(string Name, bool Required, params string[] Aliases)
{
    private HashSet<string>? _normalized;

    public IEnumerable<string> Spellings => Aliases.Prepend(Name);

    /// <summary>Whether a header cell, already normalized with <see cref="HeaderText.Normalize"/>, names this column.</summary>
    public bool IsNamedBy(string normalizedText) =>
        (_normalized ??= Spellings.Select(HeaderText.Normalize).ToHashSet(StringComparer.Ordinal)).Contains(normalizedText);
}
