using System.Text;

namespace SakipAnalytics.Ingest.Sheets;

/// <summary>
/// Text as a unit typed it, freed of the control characters spreadsheets carry: a line break
/// pasted from Word arrives as a vertical tab (stored as _x000B_), and no report format can hold
/// the others.
/// </summary>
internal static class CellText
{
    /// <summary>The text with its line breaks as "\n", tabs as spaces and other controls gone; null when blank.</summary>
    public static string? Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
            Append(clean, text[i], next: i + 1 < text.Length ? text[i + 1] : '\0');

        var trimmed = clean.ToString().Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }

    private static void Append(StringBuilder clean, char c, char next)
    {
        switch (c)
        {
            case '\r' when next == '\n':
                return;
            case '\r' or '\n' or '\v' or '\f':
                clean.Append('\n');
                return;
            case '\t':
                clean.Append(' ');
                return;
            default:
                if (!char.IsControl(c))
                    clean.Append(c);
                return;
        }
    }
}
