using System.Data.Common;
using SakipAnalytics.Model.Capaian;
using SakipAnalytics.Model.Store;

namespace SakipAnalytics.Model.Analysis;

/// <summary>Reads computed results from the store as the records reports and dashboards take.</summary>
public sealed class ResultQueries(SakipStore store)
{
    public ReportPeriods Periods() => store.Rows(ModelSql.Periods, r =>
    {
        var latest = r.IntOrNull(0);
        return new ReportPeriods(latest / 100, latest % 100, r.IntOrNull(1));
    })[0];

    public OfficeProfile Office() =>
        store.Rows(ModelSql.Office, r => new OfficeProfile(r.GetString(0), r.GetString(1))).FirstOrDefault()
        ?? throw new InvalidOperationException("The store holds no reference workbook yet: load one with a unit of jenis 'dinas'.");

    /// <summary>Every indicator's result for a month; month 12 gives the year's results.</summary>
    public IReadOnlyList<IndicatorResult> IndicatorResults(int year, int month) =>
        store.Rows(ModelSql.IndicatorResults, IndicatorResultRow.Read, ("year", year), ("month", month));

    public IReadOnlyList<BudgetLine> Budget(int year, int month) =>
        store.Rows(ModelSql.BudgetLines, ReadBudgetLine, ("year", year), ("month", month));

    public IReadOnlyList<AbsorptionPoint> Absorption(int year, int month) =>
        store.Rows(ModelSql.Absorption, r => new AbsorptionPoint(r.GetInt32(0), r.DecimalOrNull(1) ?? 0, r.DecimalOrNull(2) ?? 0, r.DecimalOrNull(3)), ("year", year), ("month", month));

    public IReadOnlyList<string> SourceFiles(int year) =>
        store.Rows(ModelSql.SourceFiles, r => r.GetString(0), ("year", year));

    internal List<(string Code, int Year, Target? Target, Realisasi? Realisasi)> SeriesPoints(int year) =>
        store.Rows(ModelSql.IndicatorSeries, r => (r.GetString(0), Convert.ToInt32(r.GetValue(1), System.Globalization.CultureInfo.InvariantCulture),
            StoredTarget.From(r.TextOrNull(2), r.DecimalOrNull(3), r.DecimalOrNull(4)), StoredTarget.Realisasi(r.DecimalOrNull(5), r.TextOrNull(6))), ("year", year));

    internal List<(string Code, string Kind, int Year, Target? Target)> RenstraEnds() =>
        store.Rows(ModelSql.RenstraEnds, r => (r.GetString(0), r.GetString(1), r.GetInt32(2), StoredTarget.From(r.TextOrNull(3), r.DecimalOrNull(4), r.DecimalOrNull(5))));

    internal Dictionary<string, (decimal Pagu, decimal Realisasi)> UnitBudgets(int year, int month) =>
        store.Rows(ModelSql.UnitBudget, r => (r.GetString(0), r.DecimalOrNull(1) ?? 0, r.DecimalOrNull(2) ?? 0), ("year", year), ("month", month))
            .ToDictionary(u => u.Item1, u => (u.Item2, u.Item3));

    internal List<(string Code, string Name, string? File, int Indicators)> UnitReports(int year, int month) =>
        store.Rows(ModelSql.UnitReports, r => (r.GetString(0), r.GetString(1), r.TextOrNull(2), r.IntOrNull(3) ?? 0), ("year", year), ("month", month));

    private static BudgetLine ReadBudgetLine(DbDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2) == "program" ? BudgetLevel.Program : BudgetLevel.Kegiatan,
        r.DecimalOrNull(3) ?? 0, r.DecimalOrNull(4) ?? 0);
}
