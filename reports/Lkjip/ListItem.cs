using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using SakipAnalytics.Reports.Word;

namespace SakipAnalytics.Reports.Lkjip;

/// <summary>
/// One item of a numbered or lettered list ("1.", "a."): the marker hangs in the margin of the
/// item and wrapped lines align with the text, as legal lists in government reports are set.
/// </summary>
internal static class ListItem
{
    private const decimal HangCm = 0.75m;

    public static Paragraph Of(string marker, string text) => Of(marker, BodyText.Run(text));

    public static Paragraph Of(string marker, params OpenXmlElement[] runs)
    {
        ArgumentNullException.ThrowIfNull(runs);

        return new Paragraph([Properties(), BodyText.Run(marker), new Run(new TabChar()), .. runs]);
    }

    /// <summary>A lettered list whose items close with a semicolon, the last with a full stop.</summary>
    public static IEnumerable<Paragraph> Lettered(IReadOnlyList<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);

        return items.Select((item, i) => Of(Letter(i + 1), item + (i == items.Count - 1 ? "." : ";")));
    }

    /// <summary>"1.", "2.", ... for numbered lists.</summary>
    public static string Number(int index) => $"{index.ToString(System.Globalization.CultureInfo.InvariantCulture)}.";

    /// <summary>"a.", "b.", ... for lettered lists of up to 26 items.</summary>
    public static string Letter(int index)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(index, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(index, 26);

        return $"{(char)('a' + index - 1)}.";
    }

    // Property setters keep the children in schema order (tabs before ind).
    private static ParagraphProperties Properties()
    {
        var hang = Length.Twips(HangCm).ToString(System.Globalization.CultureInfo.InvariantCulture);

        return new ParagraphProperties
        {
            Tabs = new Tabs(new TabStop { Val = TabStopValues.Left, Position = Length.Twips(HangCm) }),
            Indentation = new Indentation { Left = hang, Hanging = hang },
        };
    }
}
