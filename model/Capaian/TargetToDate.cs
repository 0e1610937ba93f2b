namespace SakipAnalytics.Model.Capaian;

/// <summary>
/// The target a month's realisasi to date is measured against: the rencana aksi target of the
/// month, or for cumulative indicators without one the year's target pro rata; stock and average
/// indicators use the year's target. When a PK Perubahan changed the year's target, a rencana
/// aksi still planned for the old year end is rescaled to the new one; one the planners already
/// revised (its December is the new target) is used as it stands.
/// </summary>
public static class TargetToDate
{
    private const int MonthsInYear = 12;

    public static (Target? Target, string Source) Resolve(CapaianInput input)
    {
        ArgumentNullException.ThrowIfNull(input);

        if (input.PkTarget is not { } annual)
            return (input.FileTarget, TargetSource.UnitReport);

        var source = input.PkRevised ? TargetSource.Perubahan : TargetSource.Murni;
        return (ForMonth(input, annual), source);
    }

    private static Target ForMonth(CapaianInput input, Target annual)
    {
        if (input.Month == MonthsInYear || input.Aggregation == MonthlyAggregation.Annual)
            return annual;

        if (input.RencanaAksi is { } planned)
            return input.PkRevised ? Rescale(planned, annual, input.RencanaAksiYearEnd ?? input.MurniLow) : planned;

        return input.Aggregation == MonthlyAggregation.Cumulative ? Scale(annual, input.Month, MonthsInYear) : annual;
    }

    private static Target Rescale(Target planned, Target annual, decimal? plannedYearEnd) =>
        plannedYearEnd is { } end && end != 0 && annual.Low is { } revised && planned.Kind != TargetKind.Predikat
            ? Scale(planned, revised, end)
            : planned;

    // Multiplying before dividing keeps 240 x 250 / 300 exactly 200 in decimal arithmetic.
    private static Target Scale(Target target, decimal numerator, decimal denominator) => target.Kind switch
    {
        TargetKind.Number => Target.Number(target.Low!.Value * numerator / denominator),
        TargetKind.Range => Target.Range(target.Low!.Value * numerator / denominator, target.High!.Value * numerator / denominator),
        _ => target,
    };
}
