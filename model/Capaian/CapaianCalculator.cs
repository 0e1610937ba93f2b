namespace SakipAnalytics.Model.Capaian;

/// <summary>
/// The capaian rules of the office's SAKIP guideline: realisasi against target, honouring
/// polarity, range targets and predikat targets. Values are exact decimals; rounding happens
/// only when a figure is formatted for people.
/// </summary>
public static class CapaianCalculator
{
    private const decimal Hundred = 100m;

    public static CapaianResult Compute(Polarity polarity, Target? target, Realisasi? realisasi)
    {
        if (target is null)
            return CapaianResult.NotComputable(NotComputableReasons.TargetMissing);

        if (realisasi is null || (realisasi.Value is null && realisasi.Grade is null))
            return CapaianResult.NotComputable(NotComputableReasons.RealisasiMissing);

        return target.Kind switch
        {
            TargetKind.Predikat => ForGrade(target.Grade!, realisasi),
            TargetKind.Range => ForRange(polarity, target, realisasi),
            _ => ForNumber(polarity, target.Low!.Value, realisasi),
        };
    }

    private static CapaianResult ForNumber(Polarity polarity, decimal target, Realisasi realisasi)
    {
        if (realisasi.Value is not { } value)
            return CapaianResult.NotComputable(NotComputableReasons.RealisasiNotNumber);

        if (target == 0)
            return CapaianResult.NotComputable(NotComputableReasons.TargetZero);

        return CapaianResult.Of(Ratio(polarity, target, value));
    }

    private static CapaianResult ForRange(Polarity polarity, Target target, Realisasi realisasi)
    {
        if (realisasi.Value is not { } value)
            return CapaianResult.NotComputable(NotComputableReasons.RealisasiNotNumber);

        var bound = value > target.High ? target.High!.Value : value < target.Low ? target.Low!.Value : (decimal?)null;
        if (bound is null)
            return CapaianResult.Of(Hundred);

        return bound == 0
            ? CapaianResult.NotComputable(NotComputableReasons.TargetZero)
            : CapaianResult.Of(Ratio(polarity, bound.Value, value));
    }

    private static CapaianResult ForGrade(string targetGrade, Realisasi realisasi)
    {
        var targetRank = Predikat.Rank(targetGrade);
        var achievedRank = realisasi.Grade is { } grade ? Predikat.Rank(grade) : null;
        if (targetRank is null || achievedRank is null)
            return CapaianResult.NotComputable(NotComputableReasons.GradeUnknown);

        // Meeting or beating a qualitative target counts as fully achieved; falling short scores
        // the share of the target's steps above D that was reached (B against BB is 3/4 = 75), as
        // the office's own IKU files compute it.
        return achievedRank >= targetRank
            ? CapaianResult.Of(Hundred)
            : CapaianResult.Of((decimal)(achievedRank.Value - 1) / (targetRank.Value - 1) * Hundred);
    }

    private static decimal Ratio(Polarity polarity, decimal target, decimal realisasi) => polarity switch
    {
        Polarity.Negative => (2 * target - realisasi) / target * Hundred,
        _ => realisasi / target * Hundred,
    };
}
