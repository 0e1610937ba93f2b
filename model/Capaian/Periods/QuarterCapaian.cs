namespace SakipAnalytics.Model.Capaian.Periods;

/// <summary>
/// Capaian of a quarter (triwulan) on its own. A cumulative indicator counts what was added in
/// the quarter against the part of the target planned for it (target to date at the quarter's
/// end minus at the previous quarter's end); a stock indicator takes its value at the quarter's
/// end; an average indicator the mean of the quarter's months. Each is measured against the
/// quarter-end target with the ordinary capaian rules.
/// </summary>
public static class QuarterCapaian
{
    public static QuarterResult Compute(QuarterInput quarter)
    {
        ArgumentNullException.ThrowIfNull(quarter);

        return quarter.Aggregation switch
        {
            MonthlyAggregation.Cumulative when quarter.Quarter > 1 => AddedInQuarter(quarter),
            MonthlyAggregation.Average when quarter.MeanOfMonths is { } mean => Measure(quarter, quarter.EndTarget, Realisasi.Number(mean)),
            _ => Measure(quarter, quarter.EndTarget, quarter.EndRealisasi),
        };
    }

    private static QuarterResult AddedInQuarter(QuarterInput quarter)
    {
        if (!quarter.HasPreviousEnd)
            return new QuarterResult(null, null, CapaianResult.NotComputable(NotComputableReasons.PreviousQuarterMissing));

        var target = Difference(quarter.EndTarget, quarter.PreviousEndTarget);
        var realisasi = quarter.EndRealisasi is { Value: { } end } && quarter.PreviousEndValue is { } previous
            ? Realisasi.Number(end - previous)
            : quarter.EndRealisasi;
        return Measure(quarter, target, realisasi);
    }

    private static QuarterResult Measure(QuarterInput quarter, Target? target, Realisasi? realisasi) =>
        new(target, realisasi, CapaianCalculator.Compute(quarter.Polarity, target, realisasi));

    private static Target? Difference(Target? end, Target? previous) => (end, previous) switch
    {
        ({ Kind: TargetKind.Number } e, { Kind: TargetKind.Number } p) => Target.Number(e.Low!.Value - p.Low!.Value),
        ({ Kind: TargetKind.Range } e, { Kind: TargetKind.Range } p) =>
            Target.Range(e.Low!.Value - p.Low!.Value, e.High!.Value - p.High!.Value),
        ({ Kind: TargetKind.Predikat } e, _) => e,
        _ => null,
    };
}
