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

    [Fact]
    public void Write_SameMonthTwice_LeavesNoHiddenFolderOrOldChartBehind()
    {
        using var output = new TempFolder();
        var facts = SampleFacts.October2026();
        var first = DashboardWriter.Write(facts, output.Path);
        File.WriteAllText(Path.Combine(first.Folder, "sisa.png"), "lama");

        var written = DashboardWriter.Write(facts, output.Path);

        Assert.Equal(["2026-10"], Directory.GetDirectories(output.Path).Select(Path.GetFileName));
        Assert.DoesNotContain("sisa.png", Directory.GetFiles(written.Folder).Select(Path.GetFileName));
    }

    [Fact]
    public void Write_IndicatorCodeTooLongForAFileName_CutsItsChartNameAndStillWrites()
    {
        using var output = new TempFolder();
        var facts = SampleFacts.October2026();
        var code = "REH-" + new string('X', 300);
        facts = facts with
        {
            Indicators = [.. facts.Indicators.Select(i => i.Code == "REH-01" ? i with { Code = code } : i)],
            Paths = [.. facts.Paths.Select(p => p with { Code = code })],
        };

        var written = DashboardWriter.Write(facts, output.Path);

        var path = Assert.Single(written.ChartPngPaths, p => Path.GetFileName(p).StartsWith("jalur-", StringComparison.Ordinal));
        Assert.Equal("jalur-".Length + 60 + 1 + 8 + ".png".Length, Path.GetFileName(path).Length);
        Assert.True(File.Exists(path));
    }
}
