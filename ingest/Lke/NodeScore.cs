namespace SakipAnalytics.Ingest.Lke;

/// <summary>
/// A recomputed LKE score two ways: summing parts rounded to two decimals (as the guideline's
/// worksheet does) and summing exact parts (as a spreadsheet formula does). An evaluator figure
/// that matches either is accepted, so rounding alone never raises a warning.
/// </summary>
internal sealed record NodeScore(decimal Rounded, decimal Exact)
{
    public static NodeScore Of(decimal exact) => new(Math.Round(exact, 2, MidpointRounding.AwayFromZero), exact);

    public bool Matches(decimal stated, decimal tolerance) =>
        Math.Abs(stated - Rounded) <= tolerance || Math.Abs(stated - Math.Round(Exact, 2, MidpointRounding.ToEven)) <= tolerance;
}
