using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SakipAnalytics.Cli.Tests.Fixtures;
using SakipAnalytics.Dashboards.Tests.Monthly;
using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Analysis.Tables;
using SakipAnalytics.Model.Formatting;
using SakipAnalytics.Model.Store;
using Xunit.Abstractions;

namespace SakipAnalytics.Cli.Tests.Pipeline;

/// <summary>
/// The dashboard <c>sakip run</c> wrote for the bundled data's latest month, opened from disk in
/// Debian's Chromium: its tiles say what the tables of <c>sakip export</c> say, and it fetches nothing.
/// </summary>
[Collection(SharesBundledRun.Name)]
public sealed class DashboardInBrowserTests(BundledRun run, Chromium chromium, ITestOutputHelper output)
    : IClassFixture<Chromium>, IDisposable
{
    private static readonly TableFilter October2026 = new(2026, 10);

    private readonly SakipStore _store = SakipStore.Open(run.Settings.DatabasePath);

    [Fact]
    public async Task Tiles_BundledOctober2026_EqualTheExportedTables()
    {
        var statuses = UnitIndicators();
        var absorption = Export("anggaran", r => (Level: r.Required("tingkat"), Share: r.Number("serapan_persen")))
            .Single(r => r.Level == "dinas").Share!.Value;
        var lateOrMissing = Export("kelengkapan", r => r.Required("status")).Count(s => s is not "tepat waktu");
        var shown = statuses.Select(r => r.Capaian).OfType<decimal>().ToList();

        var tiles = await Tiles("on-track", "at-risk", "off-track", "mean-capaian", "absorption", "late-or-missing");

        Assert.Equal(
            [
                Count(statuses, "sesuai target"), Count(statuses, "berisiko"), Count(statuses, "tertinggal"),
                IndonesianFormat.Percent(shown.Sum() / shown.Count), IndonesianFormat.Percent(absorption), $"{lateOrMissing}",
            ],
            tiles);
    }

    [Fact]
    public async Task IkuTable_BundledOctober2026_FollowsEachIkuThroughTheUnitIndicatorsOfTheKaskade()
    {
        var cascade = Export("kaskade", r => (Iku: r.Required("kode_iku"), Code: r.Required("kode_indikator"), 
                Depth: r.WholeNumber("tingkat")))
            .Where(r => r.Depth == 1)
            .GroupBy(r => r.Iku)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Code).Order(StringComparer.Ordinal).ToList());
        var page = await chromium.Browser.NewPageAsync();
        await page.GotoAsync(new Uri(run.Result.DashboardPath!).AbsoluteUri);

        var rows = await page.Locator("#tabel-iku tbody tr").AllAsync();
        var shown = new Dictionary<string, List<string>>();
        foreach (var row in rows)
        {
            var cells = await row.Locator("td").AllTextContentsAsync();
            shown[cells[0].Trim()] = [.. Regex.Matches(cells[5], @"[A-Z]+\.\d+").Select(m => m.Value).Order(StringComparer.Ordinal)];
        }

        Assert.Equal(["IKU.01", "IKU.02", "IKU.03", "IKU.04"], shown.Keys);
        Assert.Equal(cascade, shown);
    }

    public void Dispose() => _store.Dispose();

    private async Task<string[]> Tiles(params string[] keys)
    {
        var page = await chromium.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1366, Height = 768 } });
        var requests = new List<string>();
        var problems = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        page.Console += (_, message) => { if (message.Type is "error" or "warning") problems.Add(message.Text); };

        var url = new Uri(run.Result.DashboardPath!).AbsoluteUri;
        await page.GotoAsync(url);
        var values = new List<string>();
        foreach (var key in keys)
            values.Add((await page.Locator($"[data-tile={key}]").TextContentAsync())!.Trim());
        await Screenshot(page);

        Assert.All(requests, r => Assert.True(r == url || r.StartsWith("data:", StringComparison.Ordinal), r));
        Assert.Empty(problems);
        return [.. values];
    }

    private async Task Screenshot(IPage page)
    {
        var path = Path.Combine(Path.GetTempPath(), "sakip-dashboards-browser", "dasbor-data-bawaan.png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        output.WriteLine($"Screenshot: {path}");
    }

    private List<T> Export<T>(string table, Func<NamedRow, T> map) =>
        [.. new AnalysisSession(_store, run.Settings.Analysis()).Rows(table, October2026, map)];

    /// <summary>The units' indicators of the month with their status and capaian; the office's own IKU are yearly.</summary>
    private List<(string Unit, string? Status, decimal? Capaian)> UnitIndicators() =>
        Export("capaian_bulanan", r => (Unit: r.Required("kode_unit"), Status: r.Text("status"), Capaian: r.Number("capaian")))
            .Where(r => r.Unit != "DINSOS").ToList();

    private static string Count(IEnumerable<(string Unit, string? Status, decimal? Capaian)> rows, string status) =>
        $"{rows.Count(r => r.Status == status)}";
}
