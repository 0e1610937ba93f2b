using SakipAnalytics.Model.Capaian;

namespace SakipAnalytics.Model.Tests.Capaian;

public sealed class TargetToDateTests
{
    [Fact]
    public void Resolve_CumulativeWithoutRencanaAksi_IsTheYearsTargetProRata()
    {
        var input = Input(MonthlyAggregation.Cumulative, month: 3, pk: Target.Number(120m));

        var (target, source) = TargetToDate.Resolve(input);

        Assert.Equal(30m, target!.Low);
        Assert.Equal(TargetSource.Murni, source);
    }

    [Fact]
    public void Resolve_StockIndicator_IsTheYearsTarget()
    {
        var input = Input(MonthlyAggregation.Latest, month: 3, pk: Target.Number(75m));

        var (target, _) = TargetToDate.Resolve(input);

        Assert.Equal(75m, target!.Low);
    }

    [Fact]
    public void Resolve_RencanaAksiUnderRevisedPk_IsRescaledToTheRevision()
    {
        var input = Input(MonthlyAggregation.Cumulative, month: 10, pk: Target.Number(250m)) with
        {
            PkRevised = true, MurniLow = 300m, RencanaAksi = Target.Number(240m),
        };

        var (target, source) = TargetToDate.Resolve(input);

        Assert.Equal(200m, target!.Low);
        Assert.Equal(TargetSource.Perubahan, source);
    }

    [Fact]
    public void Resolve_RencanaAksiAlreadyRevisedWithThePk_IsUsedAsItStands()
    {
        var input = Input(MonthlyAggregation.Cumulative, month: 9, pk: Target.Number(250m)) with
        {
            PkRevised = true, MurniLow = 300m, RencanaAksi = Target.Number(213m), RencanaAksiYearEnd = 250m,
        };

        var (target, _) = TargetToDate.Resolve(input);

        Assert.Equal(213m, target!.Low);
    }

    [Fact]
    public void Resolve_NoPkInReference_FallsBackToTheUnitsOwnTarget()
    {
        var input = Input(MonthlyAggregation.Latest, month: 3, pk: null) with { FileTarget = Target.Number(60m) };

        var (target, source) = TargetToDate.Resolve(input);

        Assert.Equal(60m, target!.Low);
        Assert.Equal(TargetSource.UnitReport, source);
    }

    private static CapaianInput Input(MonthlyAggregation aggregation, int month, Target? pk) => new()
    {
        IndicatorCode = "X.01", UnitCode = "X", Year = 2026, Month = month, Polarity = Polarity.Positive,
        Aggregation = aggregation, PkTarget = pk, FileId = 1, SourceRow = 9,
    };
}
