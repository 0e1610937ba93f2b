namespace SakipAnalytics.Model.Analysis;

/// <summary>The periods the store holds: the latest month units reported and the latest closed year.</summary>
public sealed record ReportPeriods(int? LatestYear, int? LatestMonth, int? LatestClosedYear);
