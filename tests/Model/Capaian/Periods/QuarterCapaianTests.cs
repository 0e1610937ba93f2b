using SakipAnalytics.Model.Analysis.Tables;
using SakipAnalytics.Model.Tests.Fixtures;

namespace SakipAnalytics.Model.Tests.Capaian.Periods;

public sealed class QuarterCapaianTests : IDisposable
{
    private readonly FactStore _facts = new FactStore().Unit("PSTW", "uptd");

    [Fact]
    public void Quarter_CumulativeIndicator_CountsWhatWasAddedAgainstThePlannedPart()
    {
        _facts.Indicator("PSTW.01", "PSTW").Pk(2026, "PSTW.01", "120");
        ReportMonths("PSTW.01", (3, 27m, 10m), (4, 38m, 11m), (5, 50m, 12m), (6, 66m, 16m));

        var second = Quarter("PSTW.01", 2);

        Assert.Equal(("30", "39", "130"), Figures(second, "target_triwulan", "realisasi_triwulan", "capaian_triwulan"));
        Assert.Equal(("60", "66", "110"), Figures(second, "target_sd_triwulan", "realisasi_sd_triwulan", "capaian_sd_triwulan"));
        Assert.Equal("90", Quarter("PSTW.01", 1).Text("capaian_triwulan"));
    }

    [Fact]
    public void Quarter_StockIndicator_TakesTheValueAtTheQuartersEnd()
    {
        _facts.Indicator("PSTW.02", "PSTW", "terakhir").Pk(2026, "PSTW.02", "75");
        ReportMonths("PSTW.02", (4, 70m, 70m), (5, 72m, 72m), (6, 69m, 69m));

        var second = Quarter("PSTW.02", 2);

        Assert.Equal(("75", "69", "92"), Figures(second, "target_triwulan", "realisasi_triwulan", "capaian_triwulan"));
        Assert.Equal("3", second.Text("bulan_dilaporkan"));
    }

    [Fact]
    public void Quarter_AverageIndicator_TakesTheMeanOfTheQuartersMonths()
    {
        _facts.Indicator("PSTW.03", "PSTW", "rata-rata").Pk(2026, "PSTW.03", "80");
        ReportMonths("PSTW.03", (4, 78m, 78m), (5, 80m, 82m), (6, 82m, 86m));

        var second = Quarter("PSTW.03", 2);

        Assert.Equal(("80", "82", "102.5"), Figures(second, "target_triwulan", "realisasi_triwulan", "capaian_triwulan"));
    }

    [Fact]
    public void Quarter_CumulativeWithoutThePreviousQuarterEnd_IsNotComputable()
    {
        _facts.Indicator("PSTW.01", "PSTW").Pk(2026, "PSTW.01", "120");
        ReportMonths("PSTW.01", (6, 66m, 16m));

        var second = Quarter("PSTW.01", 2);

        Assert.Null(second["capaian_triwulan"]);
        Assert.Equal("bulan akhir triwulan sebelumnya belum dilaporkan", second.Text("alasan_tidak_dihitung"));
    }

    public void Dispose() => _facts.Dispose();

    private void ReportMonths(string code, params (int Month, decimal ToDate, decimal ThisMonth)[] months)
    {
        foreach (var (month, toDate, thisMonth) in months)
            _facts.Reported("PSTW", 2026, month, code, toDate, thisMonth);
    }

    private Dictionary<string, object?> Quarter(string code, int quarter) =>
        _facts.Analyse().Of("capaian_triwulan", new TableFilter(2026))
            .Single(r => Equals(r["kode_indikator"], code) && Equals(r["triwulan"], quarter));

    private static (string?, string?, string?) Figures(Dictionary<string, object?> row, string a, string b, string c) =>
        (row.Text(a), row.Text(b), row.Text(c));
}
