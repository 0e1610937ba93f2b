using DocumentFormat.OpenXml;

namespace SakipAnalytics.Reports.Word;

/// <summary>
/// A piece of running text: words as written, or a reference to a numbered caption that prints as
/// a REF field ("Tabel 3.1") linked to the caption. Strings and references convert implicitly.
/// </summary>
internal sealed class TextPart
{
    private readonly string? _words;
    private readonly CaptionReference? _reference;

    private TextPart(string? words, CaptionReference? reference)
    {
        _words = words;
        _reference = reference;
    }

    /// <summary>The text a reader sees.</summary>
    public string Text => _reference?.Text ?? _words!;

    public static implicit operator TextPart(string words) => FromString(words);

    public static implicit operator TextPart(CaptionReference reference) => FromCaptionReference(reference);

    public static TextPart FromString(string words)
    {
        ArgumentNullException.ThrowIfNull(words);

        return new TextPart(words, null);
    }

    public static TextPart FromCaptionReference(CaptionReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);

        return new TextPart(null, reference);
    }

    public IEnumerable<OpenXmlElement> ToRuns() => _reference is null ? [BodyText.Run(_words!)] : _reference.ToRuns();
}
