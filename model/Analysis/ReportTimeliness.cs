namespace SakipAnalytics.Model.Analysis;

/// <summary>
/// Whether a unit's monthly capaian report arrived, when against its deadline, and how often it
/// was corrected: one row of the <c>kelengkapan</c> table.
/// </summary>
/// <param name="Status">One of <see cref="OnTime"/>, <see cref="Late"/>, <see cref="Missing"/>, <see cref="Rejected"/>.</param>
/// <param name="ReportedOn">The date the report counts as sent (signed or received); null when none arrived.</param>
public sealed record ReportTimeliness(string Status, DateOnly? ReportedOn, DateOnly Deadline, int DaysLate, int Corrections)
{
    public const string OnTime = "tepat waktu";
    public const string Late = "terlambat";
    public const string Missing = "belum diterima";
    public const string Rejected = "ditolak";

    public bool IsLate => Status == Late;

    /// <summary>No loaded report: none arrived, or the one that did was rejected.</summary>
    public bool IsMissing => Status is Missing or Rejected;
}
