namespace SakipAnalytics.Dashboards.Html;

/// <summary>The page's stylesheet (dashboard.css, embedded), inlined so the page needs nothing else.</summary>
internal static class PageStyle
{
    private const string ResourceName = "SakipAnalytics.Dashboards.Html.dashboard.css";

    public static string Css { get; } = Load();

    private static string Load()
    {
        using var stream = typeof(PageStyle).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded stylesheet {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);

        return reader.ReadToEnd();
    }
}
