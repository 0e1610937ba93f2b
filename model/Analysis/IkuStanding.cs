using SakipAnalytics.Model.Analysis.Lkjip;

namespace SakipAnalytics.Model.Analysis;

/// <summary>
/// One of the office's IKU in a month: its Perjanjian Kinerja of the year, last year's result,
/// the unit indicators cascaded directly from it and those further down the cascade (a UPTD's
/// indicators under a Bidang's), whose results to date are how the IKU is followed between its
/// yearly measurements.
/// </summary>
public sealed record IkuStanding(
    AgreementLine Agreement, IndicatorResult? LastYear, IReadOnlyList<IndicatorResult> Supporting, IReadOnlyList<IndicatorResult> Below)
{
    public string Code => Agreement.Code;
}
