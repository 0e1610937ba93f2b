using DocumentFormat.OpenXml.Wordprocessing;

namespace SakipAnalytics.Reports.Word;

/// <summary>
/// A list on a page of its own: a title that is not a heading (so it does not list itself), then a
/// TOC field whose cached result already holds the entries, for viewers that do not update fields.
/// </summary>
internal sealed record ContentsList(string Title, string Instruction, IReadOnlyList<ContentsEntry> Entries)
{
    /// <summary>The title and one paragraph per entry; the field opens in the first and closes in the last.</summary>
    public IReadOnlyList<Paragraph> ToParagraphs()
    {
        if (Entries.Count == 0)
            throw new InvalidOperationException($"The list {Title} has no entries; leave it out of the document.");

        var entries = Entries.Select(e => e.ToParagraph()).ToList();
        // Each run goes right after the properties, so the field's opening runs are inserted last to first.
        foreach (var run in ComplexField.Start(Instruction).Reverse())
            entries[0].ParagraphProperties!.InsertAfterSelf(run);
        entries[^1].AppendChild(ComplexField.End());

        return [BodyText.Styled(StyleIds.ContentsHeading, Title), .. entries];
    }
}
