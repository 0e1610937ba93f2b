using System.Globalization;
using DocumentFormat.OpenXml;

namespace SakipAnalytics.Reports.Word;

/// <summary>
/// One numbered caption, "Tabel 3.1": the chapter and its place in the chapter. The caption carries
/// a bookmark around its label and number; text refers to it with a REF field to that bookmark.
/// </summary>
internal sealed record CaptionReference(CaptionLabel Label, string Chapter, int Sequence)
{
    /// <summary>The number as printed: "3.1".</summary>
    public string Number => $"{Chapter}.{Sequence.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The label and number as printed and as a reference shows them: "Tabel 3.1".</summary>
    public string Text => $"{Label.Name} {Number}";

    /// <summary>The bookmark of the caption. The leading underscore hides it from Word's bookmark list.</summary>
    public string BookmarkName => $"_Ref{Label.Name}{ChapterKey}_{Sequence.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The REF field that prints <see cref="Text"/> and links to the caption (\h).</summary>
    public string RefInstruction => $@"REF {BookmarkName} \h";

    /// <summary>
    /// The SEQ field that numbers the caption within its chapter: \s 1 restarts the sequence at every
    /// Heading 1, so Word renumbers 3.1, 3.2, ... the same way when it updates fields. LibreOffice
    /// ignores \s, so a chapter's first caption also restarts the sequence with \r 1.
    /// </summary>
    public string SeqInstruction => Sequence == 1
        ? $@"SEQ {Label.Name} \* ARABIC \s 1 \r 1"
        : $@"SEQ {Label.Name} \* ARABIC \s 1";

    /// <summary>The reference as runs of running text.</summary>
    public IEnumerable<OpenXmlElement> ToRuns() => ComplexField.Of(RefInstruction, Text);

    // Bookmark names hold letters, digits and underscores only.
    private string ChapterKey => new([.. Chapter.Where(char.IsAsciiLetterOrDigit)]);
}
