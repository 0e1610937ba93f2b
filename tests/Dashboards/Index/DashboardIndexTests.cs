using SakipAnalytics.Dashboards.Index;
using SakipAnalytics.Dashboards.Monthly;
using SakipAnalytics.Model.Analysis;

namespace SakipAnalytics.Dashboards.Tests.Index;

public sealed class DashboardIndexTests
{
    private static readonly OfficeProfile Office = new("DINSOS-KS", "Dinas Sosial Provinsi Kalimantan Selatan");

    [Fact]
    public void Write_TwoMonths_ListsNewestFirstWithRelativeLinks()
    {
        using var output = new TempFolder();
        DashboardWriter.Write(SampleFacts.October2026() with { Month = 9 }, output.Path);
        DashboardWriter.Write(SampleFacts.October2026(), output.Path);

        var path = DashboardIndex.Write(output.Path, Office);

        var links = PageDocument.Parse(File.ReadAllText(path)).Root.Descendants("a").ToList();
        Assert.Equal(Path.Combine(output.Path, "index.html"), path);
        Assert.Equal(["2026-10/index.html", "2026-09/index.html"], links.Select(a => (string?)a.Attribute("href")));
        Assert.Equal(["Oktober 2026", "September 2026"], links.Select(PageDocument.Text));
    }

    [Fact]
    public void Write_FoldersWithoutAPage_AreNotListed()
    {
        using var output = new TempFolder();
        Directory.CreateDirectory(Path.Combine(output.Path, "2026-07"));
        Directory.CreateDirectory(Path.Combine(output.Path, "arsip"));

        var path = DashboardIndex.Write(output.Path, Office);

        var page = PageDocument.Parse(File.ReadAllText(path));
        Assert.Empty(page.Root.Descendants("a"));
        Assert.Equal("id", (string?)page.Root.Attribute("lang"));
    }
}
