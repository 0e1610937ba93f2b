namespace SakipAnalytics.Model.Analysis.Lkjip;

/// <summary>
/// Whose report it is: the office (its IKU and the whole budget) or one unit (its own
/// indicators and the sub kegiatan it runs), as for the UPTD reports.
/// </summary>
public sealed record ReportScope(string? UnitCode, string? UnitName)
{
    public static ReportScope Office { get; } = new(null, null);

    public static ReportScope Unit(string code, string name) => new(code, name);

    public bool IsUnit => UnitCode is not null;
}
