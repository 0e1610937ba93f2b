using Microsoft.Playwright;

namespace SakipAnalytics.Dashboards.Tests.Monthly;

/// <summary>
/// Debian's Chromium driven by Playwright, shared by the browser tests of a class. The browser
/// is never downloaded: without /usr/bin/chromium the tests fail and say how to install it.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Chromium has not started.");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException(
                $"No browser at {ExecutablePath}: install Debian's chromium (apt-get update && apt-get install -y chromium). " +
                "Never run 'playwright install'; CI installs the Debian package.");

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = ExecutablePath, Headless = true, Args = Arguments });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
            await _browser.DisposeAsync();

        _playwright?.Dispose();
    }
}
