using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Tests.Fixtures;

namespace SakipAnalytics.Model.Tests.Analysis;

public sealed class ProjectionWarningsTests : IDisposable
{
    private readonly FactStore _facts = new FactStore().Unit("PB");

    [Fact]
    public void Read_MonthWithAFlaggedAndAnUnflaggedIndicator_ListsOnlyTheFlagged()
    {
        _facts.Indicator("PB.01", "PB", "terakhir").Pk(2026, "PB.01", "75")
            .Reported("PB", 2026, 1, "PB.01", 70m).Reported("PB", 2026, 2, "PB.01", 60m)
            .Indicator("PB.02", "PB").Pk(2026, "PB.02", "120")
            .Reported("PB", 2026, 1, "PB.02", 20m).Reported("PB", 2026, 2, "PB.02", 40m);

        var warning = Assert.Single(ProjectionWarnings.Read(_facts.Analyse(), 2026, 2));

        Assert.Equal(
            (ProjectedFigure.Capaian, "PB", "PB.01", 80m), (warning.Figure, warning.UnitCode, warning.IndicatorCode, warning.Projected));
        Assert.Equal(
            ("nilai terakhir", 60m, 60m, 75m), (warning.Method, warning.RealisasiToDate, warning.ProjectedRealisasi, warning.Against));
    }

    public void Dispose() => _facts.Dispose();
}
