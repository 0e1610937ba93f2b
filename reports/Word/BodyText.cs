using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SakipAnalytics.Reports.Word;

/// <summary>Paragraphs and runs of running text.</summary>
internal static class BodyText
{
    /// <summary>The mark that tells the planner what to write where the data has nothing.</summary>
    public const string PlaceholderPrefix = "[Diisi oleh perencana: ";

    public static Paragraph Plain(string text) => new(Run(text));

    /// <summary>Running text that refers to numbered captions: "... disajikan pada " + a reference + ".".</summary>
    public static Paragraph Plain(params TextPart[] parts) => new(Runs(parts));

    /// <summary>A paragraph whose text opens with a bold lead-in, e.g. an indicator's name.</summary>
    public static Paragraph LeadIn(string lead, string text) => new(Bold(lead), Run(" " + text));

    /// <summary>A bold lead-in followed by running text that refers to numbered captions.</summary>
    public static Paragraph LeadIn(string lead, params TextPart[] parts) => new([Bold(lead), Run(" "), .. Runs(parts)]);

    /// <summary>A bold line that introduces what follows and stays on its page.</summary>
    public static Paragraph Label(string text) => new(new ParagraphProperties(new KeepNext()), Bold(text));

    public static Paragraph Styled(string styleId, string text) => new(Style(styleId), Run(text));

    /// <summary>An editable placeholder, marked and shaded so it cannot pass for finished text.</summary>
    public static Paragraph Placeholder(string what) => new(
        new ParagraphProperties(new Justification { Val = JustificationValues.Left }),
        PlaceholderRun(what));

    public static Run PlaceholderRun(string what) => new(
        [new RunProperties(new RunStyle { Val = StyleIds.Placeholder }), .. Text(PlaceholderPrefix + what + "]")]);

    public static Run Run(string text) => new(Text(text));

    public static Run Bold(string text) => new([new RunProperties(new Bold()), .. Text(text)]);

    public static ParagraphProperties Style(string styleId) => new(new ParagraphStyleId { Val = styleId });

    private static IEnumerable<OpenXmlElement> Runs(TextPart[] parts)
    {
        ArgumentNullException.ThrowIfNull(parts);

        return parts.SelectMany(p => p.ToRuns());
    }

    // A unit's kendala may run over several lines; each line break stays a break in the document,
    // and a character XML cannot hold is left out rather than failing the whole report.
    private static IEnumerable<OpenXmlElement> Text(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
                yield return new Break();
            yield return new Text(XmlSafe(lines[i])) { Space = SpaceProcessingModeValues.Preserve };
        }
    }

    private static string XmlSafe(string line) =>
        line.All(IsXmlText) ? line : string.Concat(line.Where(IsXmlText));

    private static bool IsXmlText(char c) => c is '\t' or (>= ' ' and not '\uFFFE' and not '\uFFFF');
}
