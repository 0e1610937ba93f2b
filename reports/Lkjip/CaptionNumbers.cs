using System.Globalization;

namespace SakipAnalytics.Reports.Lkjip;

/// <summary>Numbers tables or figures per chapter in the order they appear: 3.1, 3.2, ...</summary>
internal sealed class CaptionNumbers
{
    private readonly Dictionary<string, int> _taken = [];

    /// <summary>The number the next caption of the chapter will get, for text that announces it.</summary>
    public string Peek(string chapter) => Format(chapter, _taken.GetValueOrDefault(chapter) + 1);

    public string Take(string chapter)
    {
        var number = _taken.GetValueOrDefault(chapter) + 1;

        _taken[chapter] = number;
        return Format(chapter, number);
    }

    private static string Format(string chapter, int number) =>
        $"{chapter}.{number.ToString(CultureInfo.InvariantCulture)}";
}
