using SakipAnalytics.Dashboards.Html;
using SakipAnalytics.Model.Capaian;

namespace SakipAnalytics.Dashboards.Tests.Html;

public sealed class FigureTextTests
{
    [Fact]
    public void Of_RangeTarget_PrintsBothBoundsInIndonesian()
    {
        var target = Target.Range(80.5m, 90m);

        var text = FigureText.Of(target);

        Assert.Equal("80,5–90", text);
    }

    [Fact]
    public void Of_LargeRealisasi_GroupsThousandsWithDots()
    {
        var realisasi = Realisasi.Number(1234567.891m);

        var text = FigureText.Of(realisasi);

        Assert.Equal("1.234.567,89", text);
    }

    [Fact]
    public void Of_MissingTarget_PrintsDash()
    {
        var text = FigureText.Of((Target?)null);

        Assert.Equal("—", text);
    }
}
