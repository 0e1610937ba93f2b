namespace SakipAnalytics.Model.Analysis.Lkjip;

/// <summary>
/// Whose report it is: the office (its IKU and the whole budget) or one unit (its own
/// indicators and the sub kegiatan it runs), as for the UPTD reports.
/// </summary>
/// <param name="UnitKind">The unit's jenis in the reference workbook: sekretariat, bidang or uptd.</param>
public sealed record ReportScope(string? UnitCode, string? UnitName, string? UnitKind = null)
{
    public static ReportScope Office { get; } = new(null, null);

    public static ReportScope Unit(string code, string name, string kind = "uptd") => new(code, name, kind);

    public bool IsUnit => UnitCode is not null;

    /// <summary>Whether the report is a UPTD's (a technical unit with its own report due 5 January).</summary>
    public bool IsTechnicalUnit => IsUnit && string.Equals(UnitKind, "uptd", StringComparison.OrdinalIgnoreCase);
}
