namespace SakipAnalytics.Reports.Word;

/// <summary>Numbers the captions of one label per chapter in the order they appear: 3.1, 3.2, ...</summary>
internal sealed class CaptionSequence(CaptionLabel label)
{
    private readonly Dictionary<string, int> _taken = [];

    /// <summary>The caption the chapter's next table or figure will get, for text that announces it.</summary>
    public CaptionReference Next(string chapter) => new(label, chapter, _taken.GetValueOrDefault(chapter) + 1);

    public CaptionReference Take(string chapter)
    {
        var next = Next(chapter);

        _taken[chapter] = next.Sequence;
        return next;
    }

    /// <summary>The chapter's latest caption, for text that follows the table or figure.</summary>
    public CaptionReference Last(string chapter) => _taken.TryGetValue(chapter, out var sequence)
        ? new CaptionReference(label, chapter, sequence)
        : throw new InvalidOperationException(
            $"Chapter {chapter} has no {label.Name} yet; refer to the next one with Next before appending it.");
}
