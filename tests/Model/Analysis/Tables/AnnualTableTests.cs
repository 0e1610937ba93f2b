using SakipAnalytics.Model.Analysis.Tables;
using SakipAnalytics.Model.Tests.Fixtures;

namespace SakipAnalytics.Model.Tests.Analysis.Tables;

public sealed class AnnualTableTests : IDisposable
{
    private readonly FactStore _facts = new FactStore().Unit("REHSOS");

    [Fact]
    public void HutangKinerja_PositiveRangeTarget_RunsToItsLowerBound()
    {
        _facts.Indicator("REH.01", "REHSOS", "terakhir").Pk(2024, "REH.01", "70").Pk(2025, "REH.01", "80-90")
            .Reported("REHSOS", 2024, 12, "REH.01", 72m).Reported("REHSOS", 2025, 12, "REH.01", 85m);

        var row = Year2025("REH.01");

        Assert.Equal(("80", "90", "8"), (row.Text("target"), row.Text("target_atas"), row.Text("hutang_kinerja")));
    }

    [Fact]
    public void HutangKinerja_NegativeRangeTarget_RunsToItsUpperBound()
    {
        _facts.Indicator("REH.02", "REHSOS", "terakhir", "negatif").Pk(2024, "REH.02", "9").Pk(2025, "REH.02", "5-8")
            .Reported("REHSOS", 2024, 12, "REH.02", 10m).Reported("REHSOS", 2025, 12, "REH.02", 7m);

        Assert.Equal("-2", Year2025("REH.02").Text("hutang_kinerja"));
    }

    [Fact]
    public void TargetAtas_SingleTarget_IsEmpty()
    {
        _facts.Indicator("REH.01", "REHSOS", "terakhir").Pk(2025, "REH.01", "80").Reported("REHSOS", 2025, 12, "REH.01", 85m);

        Assert.Null(Year2025("REH.01").Text("target_atas"));
    }

    public void Dispose() => _facts.Dispose();

    private Dictionary<string, object?> Year2025(string code) =>
        _facts.Analyse().Of("capaian_tahunan", new TableFilter(2025)).Single(r => Equals(r["kode_indikator"], code));
}
