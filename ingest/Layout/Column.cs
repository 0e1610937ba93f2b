namespace SakipAnalytics.Ingest.Layout;

/// <summary>A column a layout looks for by its header text (or one of its known spellings).</summary>
public sealed record Column(string Name, bool Required, params string[] Aliases)
{
    public IEnumerable<string> Spellings => Aliases.Prepend(Name);
}
