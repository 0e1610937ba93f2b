using System.Data.Common;
using SakipAnalytics.Model.Capaian;
using SakipAnalytics.Model.Errors;
using SakipAnalytics.Model.Store;

namespace SakipAnalytics.Model.Analysis;

/// <summary>Reads computed results from the store as the records reports and dashboards take.</summary>
public sealed class ResultQueries(SakipStore store)
{
    public ReportPeriods Periods() => store.Rows(ModelSql.Periods, ReadPeriods)[0];

    public OfficeProfile Office() =>
        store.Rows(ModelSql.Office, r => new OfficeProfile(r.GetString(0), r.GetString(1))).FirstOrDefault()
        ?? throw new MissingReferenceException();

    /// <summary>The latest month of the year units reported; null when they reported nothing that year.</summary>
    public int? LatestMonthOf(int year) => store.Rows(ModelSql.LatestMonthOf, r => r.IntOrNull(0), ("year", year))[0];

    /// <summary>A unit's name and jenis in the reference workbook; null when the code is unknown.</summary>
    public (string Name, string Kind)? Unit(string unit) =>
        store.Rows(ModelSql.UnitName, r => ((string, string)?)(r.GetString(0), r.GetString(1)), ("unit", unit)).FirstOrDefault();

    /// <summary>Every unit's jenis (dinas, sekretariat, bidang, uptd), by unit code.</summary>
    public IReadOnlyDictionary<string, string> UnitKinds() =>
        store.Rows(ModelSql.UnitKinds, r => (Code: r.GetString(0), Kind: r.GetString(1))).ToDictionary(u => u.Code, u => u.Kind);

    /// <summary>Every indicator's parent in the cascade (null for the IKU at its top), by indicator code.</summary>
    public IReadOnlyDictionary<string, string?> IndicatorParents() =>
        store.Rows(ModelSql.IndicatorParents, r => (Code: r.GetString(0), Parent: r.TextOrNull(1)))
            .ToDictionary(i => i.Code, i => i.Parent);

    /// <summary>How many indicators the reference gives a unit.</summary>
    public long IndicatorCount(string unit) => store.Scalar<long>(ModelSql.UnitIndicatorCount, ("unit", unit));

    /// <summary>Every indicator's result for a month; month 12 gives the year's results.</summary>
    public IReadOnlyList<IndicatorResult> IndicatorResults(int year, int month) =>
        store.Rows(ModelSql.IndicatorResults, IndicatorResultRow.Read, ("year", year), ("month", month));

    /// <summary>The month budget figures of the year stand at: the latest LRA up to the month; null without any.</summary>
    public int? LraMonth(int year, int month) =>
        store.Rows(ModelSql.LatestLraMonth, r => r.IntOrNull(0), ("year", year), ("month", month))[0];

    public IReadOnlyList<BudgetLine> Budget(int year, int month) =>
        store.Rows(ModelSql.BudgetLines, ReadBudgetLine, ("year", year), ("month", month));

    /// <summary>The sub kegiatan one unit runs, at the latest LRA of the year up to the month.</summary>
    public IReadOnlyList<BudgetLine> UnitSubKegiatan(int year, int month, string unit) =>
        store.Rows(ModelSql.UnitSubKegiatan, ReadBudgetLine, ("year", year), ("month", month), ("unit", unit));

    /// <summary>Office-wide physical against financial progress for each month of the year up to the month.</summary>
    public IReadOnlyList<ProgressPoint> Progress(int year, int month) =>
        store.Rows(ModelSql.Progress, ReadProgress, ("year", year), ("month", month));

    /// <summary>Every unit indicator's target and realisasi to date, month by month, this year up to the month and last year.</summary>
    public IReadOnlyList<IndicatorPath> Paths(int year, int month) =>
        [
            .. store.Rows(ModelSql.IndicatorPaths, ReadPathRow, ("year", year), ("month", month))
                .GroupBy(r => (r.Code, r.Unit))
                .Select(g => new IndicatorPath(g.Key.Code, g.Key.Unit, [.. g.Select(r => r.Point)])),
        ];

    public IReadOnlyList<AbsorptionPoint> Absorption(int year, int month) =>
        store.Rows(ModelSql.Absorption, ReadAbsorption, ("year", year), ("month", month));

    /// <summary>The files a year's report draws on; for a unit's report, the unit's own with the shared ones.</summary>
    public IReadOnlyList<string> SourceFiles(int year, string? unit = null) =>
        store.Rows(ModelSql.SourceFiles, r => r.GetString(0), ("year", year), ("unit", unit));

    internal List<(string Code, int Year, Target? Target, Realisasi? Realisasi)> SeriesPoints(int year) =>
        store.Rows(ModelSql.IndicatorSeries, ReadSeriesPoint, ("year", year));

    internal List<(string Code, string Kind, int Year, Target? Target)> RenstraEnds() =>
        store.Rows(ModelSql.RenstraEnds, r => (r.GetString(0), r.GetString(1), r.GetInt32(2), ReadTarget(r, 3)));

    internal Dictionary<string, (decimal Pagu, decimal Realisasi)> UnitBudgets(int year, int month) =>
        store.Rows(ModelSql.UnitBudget, ReadUnitBudget, ("year", year), ("month", month))
            .ToDictionary(u => u.Unit, u => (u.Pagu, u.Spent));

    /// <summary>The units (not the Dinas) that have no loaded capaian file for the month.</summary>
    public IReadOnlyList<string> UnitsWithoutReport(int year, int month) =>
        UnitReports(year, month).Where(u => u.File is null).Select(u => u.Name).ToList();

    internal List<(string Code, string Name, string? File, int Indicators)> UnitReports(int year, int month) =>
        store.Rows(ModelSql.UnitReports, ReadUnitReport, ("year", year), ("month", month));

    private static (string Code, string Unit, PathPoint Point) ReadPathRow(DbDataReader r) =>
        (r.GetString(0), r.GetString(1), new PathPoint(
            r.GetInt32(2), r.GetInt32(3), r.DecimalOrNull(4), r.DecimalOrNull(5),
            new SourceRef(r.GetString(6), r.TextOrNull(7), r.GetInt32(8)), r.GetString(9)));

    private static ProgressPoint ReadProgress(DbDataReader r) =>
        new(r.GetInt32(0), r.DecimalOrNull(1), r.DecimalOrNull(2), r.TextOrNull(3), Money(r, 4), Money(r, 5));

    private static ReportPeriods ReadPeriods(DbDataReader r)
    {
        var latest = r.IntOrNull(0);
        return new ReportPeriods(latest / 100, latest % 100, r.IntOrNull(1));
    }

    private static BudgetLine ReadBudgetLine(DbDataReader r) => new(
        r.GetString(0), r.GetString(1), Level(r.GetString(2)), Money(r, 3), Money(r, 4));

    private static BudgetLevel Level(string level) => level switch
    {
        "program" => BudgetLevel.Program,
        "kegiatan" => BudgetLevel.Kegiatan,
        _ => BudgetLevel.SubKegiatan,
    };

    private static AbsorptionPoint ReadAbsorption(DbDataReader r) =>
        new(r.GetInt32(0), Money(r, 1), Money(r, 2), r.DecimalOrNull(3), r.TextOrNull(4), r.TextOrNull(5));

    private static (string, int, Target?, Realisasi?) ReadSeriesPoint(DbDataReader r) =>
        (r.GetString(0), r.IntOrNull(1)!.Value, ReadTarget(r, 2), StoredTarget.Realisasi(r.DecimalOrNull(5), r.TextOrNull(6)));

    private static (string Unit, decimal Pagu, decimal Spent) ReadUnitBudget(DbDataReader r) =>
        (r.GetString(0), Money(r, 1), Money(r, 2));

    private static (string, string, string?, int) ReadUnitReport(DbDataReader r) =>
        (r.GetString(0), r.GetString(1), r.TextOrNull(2), r.IntOrNull(3) ?? 0);

    /// <summary>A target stored as three columns from <paramref name="first"/>: text, low, high.</summary>
    private static Target? ReadTarget(DbDataReader r, int first) =>
        StoredTarget.From(r.TextOrNull(first), r.DecimalOrNull(first + 1), r.DecimalOrNull(first + 2));

    private static decimal Money(DbDataReader r, int ordinal) => r.DecimalOrNull(ordinal) ?? 0m;
}
