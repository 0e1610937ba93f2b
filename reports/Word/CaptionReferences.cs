using DocumentFormat.OpenXml.Wordprocessing;

namespace SakipAnalytics.Reports.Word;

/// <summary>Checks that the REF fields of a body point at bookmarks it holds.</summary>
internal static class CaptionReferences
{
    private const string RefField = "REF ";

    /// <summary>Throws when text announces a table or figure that was never appended.</summary>
    public static void CheckResolved(Body body)
    {
        var bookmarks = body.Descendants<BookmarkStart>().Select(b => b.Name?.Value).ToHashSet(StringComparer.Ordinal);

        var missing = body.Descendants<FieldCode>()
            .Select(f => f.Text.Trim())
            .Where(code => code.StartsWith(RefField, StringComparison.Ordinal))
            .Select(code => code[RefField.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)[0])
            .Where(name => !bookmarks.Contains(name))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        if (missing.Count > 0)
            throw new InvalidOperationException(
                $"The text refers to captions the document does not hold ({string.Join(", ", missing)}); "
                + "append the table or figure the text announces, or refer to one that exists.");
    }
}
