namespace SakipAnalytics.Cli.Tests.Fixtures;

/// <summary>A table of a Word document: its caption ("Tabel 3.2 ...") and its rows, the header first.</summary>
public sealed record CaptionedTable(string Caption, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>The caption without its number: "Tabel 3.2 Perkembangan ..." gives "Perkembangan ...".</summary>
    public string Title => string.Join(' ', Caption.Split(' ').Skip(2));

    public IEnumerable<IReadOnlyList<string>> Body => Rows.Skip(1);
}
