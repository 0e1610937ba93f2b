using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SakipAnalytics.Reports.Word;

/// <summary>
/// A Word field as runs: begin, instruction, separator, the cached result, end. Word recomputes the
/// result when fields update; viewers that never update fields (and LibreOffice's PDF) show the cached one.
/// </summary>
internal static class ComplexField
{
    /// <summary>The whole field; an empty result leaves the field for Word to fill.</summary>
    public static IEnumerable<OpenXmlElement> Of(string instruction, string result) =>
        [.. Start(instruction), .. Result(result), End()];

    /// <summary>The runs up to the separator, for a field whose result spans paragraphs.</summary>
    public static IEnumerable<Run> Start(string instruction) =>
    [
        Char(FieldCharValues.Begin),
        new Run(new FieldCode($" {instruction} ") { Space = SpaceProcessingModeValues.Preserve }),
        Char(FieldCharValues.Separate),
    ];

    public static Run End() => Char(FieldCharValues.End);

    private static IEnumerable<Run> Result(string result) => result.Length == 0 ? [] : [BodyText.Run(result)];

    private static Run Char(FieldCharValues type) => new(new FieldChar { FieldCharType = type });
}
