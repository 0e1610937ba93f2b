using SakipAnalytics.Model.Analysis.Tables;
using SakipAnalytics.Model.Tests.Fixtures;

namespace SakipAnalytics.Model.Tests.Analysis.Tables;

public sealed class KaskadeTableTests : IDisposable
{
    private readonly FactStore _facts = new FactStore().Unit("PSAA", "uptd");

    [Fact]
    public void December_ActivityWhoseUnitHasNotReported_StillShowsItsPkTarget()
    {
        _facts.Indicator("IKU.01", "DINSOS", "terakhir", jenis: "IKU").Pk(2025, "IKU.01", "20")
            .Reported("DINSOS", 2025, 12, "IKU.01", 21m)
            .Indicator("PSAA.01", "PSAA", "terakhir", parent: "IKU.01").Pk(2025, "PSAA.01", "80");

        var row = _facts.Analyse().Of("kaskade", new TableFilter(2025, 12)).Single(r => Equals(r["kode_indikator"], "PSAA.01"));

        Assert.Equal(("80", "Murni", null), (row.Text("target"), row.Text("sumber_target"), row.Text("realisasi")));
    }

    public void Dispose() => _facts.Dispose();
}
