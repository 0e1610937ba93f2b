using SakipAnalytics.Model.Analysis.Lkjip;
using SakipAnalytics.Model.Tests.Fixtures;

namespace SakipAnalytics.Model.Tests.Analysis.Lkjip;

public sealed class AgreementQueryTests : IDisposable
{
    private static readonly DateOnly July = new(2026, 7, 1);

    private readonly FactStore _facts = new FactStore().Indicator("IKU.01", "DINSOS", jenis: "IKU")
        .Pk(2026, "IKU.01", "24", pagu: 1_500_000_000m);

    [Fact]
    public void Read_RevisionWithoutABudget_KeepsThePaguOfThePkMurni()
    {
        _facts.Pk(2026, "IKU.01", "26", "Perubahan", July);

        var line = Assert.Single(AgreementQuery.Read(_facts.Store, 2026, ReportScope.Office));

        Assert.Equal(("24", "26", July), (line.MurniTarget, line.RevisedTarget, line.RevisedFrom));
        Assert.Equal(1_500_000_000m, line.PaguIndikatif);
    }

    [Fact]
    public void Read_RevisionWithItsOwnBudget_ShowsTheRevisedPagu()
    {
        _facts.Pk(2026, "IKU.01", "26", "Perubahan", July, pagu: 1_750_000_000m);

        var line = Assert.Single(AgreementQuery.Read(_facts.Store, 2026, ReportScope.Office));

        Assert.Equal(1_750_000_000m, line.PaguIndikatif);
    }

    [Fact]
    public void Read_TwoRevisions_KeepsBothInTheOrderTheyTookEffect()
    {
        _facts.Pk(2026, "IKU.01", "21", "Perubahan", July).Pk(2026, "IKU.01", "20.8", "Perubahan", new DateOnly(2026, 10, 1));

        var line = Assert.Single(AgreementQuery.Read(_facts.Store, 2026, ReportScope.Office));

        Assert.Equal([new PkRevision("21", July), new PkRevision("20,8", new DateOnly(2026, 10, 1))], line.Revisions);
        Assert.Equal("20,8", line.RevisedTarget);
    }

    public void Dispose() => _facts.Dispose();
}
