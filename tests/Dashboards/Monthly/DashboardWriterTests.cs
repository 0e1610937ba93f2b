using SakipAnalytics.Dashboards.Monthly;

namespace SakipAnalytics.Dashboards.Tests.Monthly;

public sealed class DashboardWriterTests
{
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G'];

    [Fact]
    public void Write_SampleMonth_WritesPageAndPngsInMonthFolder()
    {
        using var output = new TempFolder();

        var written = DashboardWriter.Write(SampleFacts.October2026(), output.Path);

        Assert.Equal(Path.Combine(output.Path, "2026-10", "index.html"), written.PagePath);
        Assert.Equal(
            ["capaian-unit.png", "serapan-anggaran.png", "capaian-serapan-unit.png", "fisik-keuangan.png", "jalur-reh-01-rehsos.png"],
            written.ChartPngPaths.Select(Path.GetFileName));
        Assert.All(written.ChartPngPaths, png => Assert.Equal(PngSignature, File.ReadAllBytes(png)[..4]));
    }

    [Fact]
    public void Write_SampleMonth_PageIsUtf8WithoutByteOrderMark()
    {
        using var output = new TempFolder();

        var written = DashboardWriter.Write(SampleFacts.October2026(), output.Path);

        var bytes = File.ReadAllBytes(written.PagePath);
        Assert.Equal("<!DOCTYPE html>"u8.ToArray(), bytes[..15]);
        Assert.Contains("Kalimantan Selatan — Oktober 2026", File.ReadAllText(written.PagePath), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_SameMonthTwice_ReplacesThePage()
    {
        using var output = new TempFolder();
        var facts = SampleFacts.October2026();
        DashboardWriter.Write(facts, output.Path);

        var written = DashboardWriter.Write(facts with { Office = facts.Office with { Name = "Dinas Sosial Baru" } }, output.Path);

        Assert.Contains("Dinas Sosial Baru", File.ReadAllText(written.PagePath), StringComparison.Ordinal);
        Assert.Equal(6, Directory.GetFiles(written.Folder).Length);
    }
}
