using Microsoft.Playwright;
using SakipAnalytics.Dashboards.Monthly;
using Xunit.Abstractions;

namespace SakipAnalytics.Dashboards.Tests.Monthly;

/// <summary>The written dashboard opened from disk in a real Chromium, as a reader would open it.</summary>
public sealed class DashboardBrowserTests(Chromium chromium, ITestOutputHelper output) : IClassFixture<Chromium>
{
    // Kept after the run (not a TempFolder) so the screenshots can be looked at.
    private static readonly string OutputFolder = Path.Combine(Path.GetTempPath(), "sakip-dashboards-browser");

    [Fact]
    public async Task Page_OpenedFromDisk_FetchesNothingAndShowsTiles()
    {
        var written = DashboardWriter.Write(SampleFacts.October2026(), OutputFolder);
        var page = await chromium.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1366, Height = 768 } });
        var requests = new List<string>();
        var problems = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        page.Console += (_, message) => { if (message.Type is "error" or "warning") problems.Add($"{message.Type}: {message.Text}"); };
        page.PageError += (_, error) => problems.Add($"page error: {error}");

        await page.GotoAsync(new Uri(written.PagePath).AbsoluteUri);
        var onTrack = await page.Locator("[data-tile=on-track]").TextContentAsync();
        var absorption = await page.Locator("[data-tile=absorption]").TextContentAsync();
        await Screenshot(page, "dasbor-laptop.png");

        var pageUrl = new Uri(written.PagePath).AbsoluteUri;
        Assert.All(requests, url => Assert.True(url == pageUrl || url.StartsWith("data:", StringComparison.Ordinal), url));
        Assert.Empty(problems);
        Assert.Equal("1", onTrack);
        Assert.Equal("65,91%", absorption);
    }

    [Fact]
    public async Task Page_PointingAtTheLatestAbsorptionPoint_ReachesItsFormulaTooltip()
    {
        var written = DashboardWriter.Write(SampleFacts.October2026(), OutputFolder);
        var page = await chromium.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1366, Height = 768 } });
        await page.GotoAsync(new Uri(written.PagePath).AbsoluteUri);

        var point = page.Locator("#serapan-anggaran rect.hotspot").Filter(new() { HasText = "Serapan s.d. Oktober 2026" });
        await point.ScrollIntoViewIfNeededAsync();
        var box = (await point.BoundingBoxAsync())!;
        var reached = await page.EvaluateAsync<string>(
            "({ x, y }) => document.elementFromPoint(x, y).querySelector('title')?.textContent ?? ''",
            new { x = (double)(box.X + box.Width / 2), y = (double)(box.Y + box.Height / 2) });

        Assert.StartsWith("Serapan s.d. Oktober 2026: 65,91%\nSerapan = realisasi / pagu × 100", reached, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_OnALaptopScreen_NeedsNoSidewaysScrolling()
    {
        var written = DashboardWriter.Write(SampleFacts.October2026(), OutputFolder);
        var page = await chromium.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 720 } });

        await page.GotoAsync(new Uri(written.PagePath).AbsoluteUri);
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");

        Assert.True(overflow <= 0, $"The page is {overflow}px wider than the screen.");
    }

    [Fact]
    public async Task Page_KendalaPastedAsOneLongLink_StillNeedsNoSidewaysScrolling()
    {
        var facts = SampleFacts.October2026();
        var link = "https://drive.google.com/" + new string('a', 480);
        facts = facts with { Indicators = [.. facts.Indicators.Select(i => i with { Kendala = link })] };
        var written = DashboardWriter.Write(facts, Path.Combine(OutputFolder, "tautan-panjang"));
        var page = await chromium.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 720 } });

        await page.GotoAsync(new Uri(written.PagePath).AbsoluteUri);
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");

        Assert.True(overflow <= 0, $"The page is {overflow}px wider than the screen.");
    }

    [Fact]
    public async Task Page_PrintedOnA4Landscape_FitsThePageWidth()
    {
        var written = DashboardWriter.Write(SampleFacts.October2026(), OutputFolder);
        var page = await chromium.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1047, Height = 718 } });

        await page.GotoAsync(new Uri(written.PagePath).AbsoluteUri);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
        var pdf = Path.Combine(OutputFolder, "dasbor-cetak.pdf");
        await page.PdfAsync(new() { Path = pdf, PreferCSSPageSize = true, PrintBackground = true });

        // 1047 x 718 CSS pixels is A4 landscape less the 10 mm margins of the page's @page rule.
        Assert.True(overflow <= 0, $"The printed page is {overflow}px wider than A4 landscape.");
    }

    private async Task Screenshot(IPage page, string name)
    {
        var path = Path.Combine(OutputFolder, name);

        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        output.WriteLine($"Screenshot: {path}");
    }
}
