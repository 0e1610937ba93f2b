namespace SakipAnalytics.Reports.Lkjip;

/// <summary>Joins items the way Indonesian prose lists them: "a, b, dan c".</summary>
internal static class IndonesianList
{
    public static string Join(IReadOnlyList<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        2 => $"{items[0]} dan {items[1]}",
        _ => string.Join(", ", items.Take(items.Count - 1)) + ", dan " + items[^1],
    };
}
