using SakipAnalytics.Model.Analysis.Lkjip;
using SakipAnalytics.Model.Analysis.Tables;
using SakipAnalytics.Model.Evaluation;
using SakipAnalytics.Model.Quality;
using SakipAnalytics.Model.Store;

namespace SakipAnalytics.Model.Analysis;

/// <summary>
/// Gathers what the monthly dashboard shows: unit indicators, unit standings, absorption, and the
/// month's early warnings and data-quality findings.
/// </summary>
public static class DashboardFactsBuilder
{
    /// <param name="rubric">The LKE rubric the evaluation is scored under; null lets each worksheet choose.</param>
    public static DashboardFacts Build(SakipStore store, int year, int month, AnalysisSettings settings, Rubric? rubric = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(settings);

        var queries = new ResultQueries(store);
        var session = new AnalysisSession(store, settings);
        var office = queries.Office();
        var indicators = queries.IndicatorResults(year, month).Where(r => r.UnitCode != office.Code).ToList();
        var lraMonth = queries.LraMonth(year, month);
        return new DashboardFacts
        {
            Office = office,
            Year = year,
            Month = month,
            Settings = settings,
            Indicators = indicators,
            Units = UnitRanking.Rank(Standings(queries, (year, month, lraMonth), indicators, settings, Timeliness(session, year, month))),
            LraMonth = lraMonth,
            Iku = Iku(store, queries, year, office.Code, indicators),
            Absorption = queries.Absorption(year, month),
            Progress = queries.Progress(year, month),
            Paths = queries.Paths(year, month),
            Warnings = ProjectionWarnings.Read(session, year, month, lraMonth),
            Findings = QualityFindings.Read(session, new TableFilter(year, month)),
            Evaluation = new LkeQueries(store).Years().FirstOrDefault(y => y < year) is var evaluated and > 0
                ? Evaluator.Evaluate(store, evaluated, rubric)
                : null,
        };
    }

    private static List<IkuStanding> Iku(SakipStore store, ResultQueries queries, int year, string office, List<IndicatorResult> units)
    {
        var lastYear = queries.IndicatorResults(year - 1, 12).Where(r => r.UnitCode == office).ToList();
        var parents = queries.IndicatorParents();
        return
        [
            .. AgreementQuery.Read(store, year, ReportScope.Office).Select(line => new IkuStanding(
                line, lastYear.FirstOrDefault(r => r.Code == line.Code),
                [.. units.Where(u => u.ParentCode == line.Code)],
                [.. units.Where(u => u.ParentCode != line.Code && Root(u.Code, parents) == line.Code)])),
        ];
    }

    // The IKU at the top of an indicator's cascade; a broken or circular chain has none.
    private static string? Root(string code, IReadOnlyDictionary<string, string?> parents)
    {
        var current = code;
        for (var step = 0; step < parents.Count && parents.GetValueOrDefault(current) is { } parent; step++)
            current = parent;

        return current == code ? null : current;
    }

    private static Dictionary<string, ReportTimeliness> Timeliness(AnalysisSession session, int year, int month) =>
        session.Rows("kelengkapan", new TableFilter(year, month), r => (Unit: r.Required("kode_unit"), Timeliness: new ReportTimeliness(
                r.Required("status"), r.Date("tanggal_laporan"), r.Date("batas_waktu")!.Value, r.WholeNumber("hari_terlambat") ?? 0,
                r.WholeNumber("koreksi") ?? 0)))
            .ToDictionary(r => r.Unit, r => r.Timeliness);

    private static List<UnitStanding> Standings(
        ResultQueries queries, (int Year, int Month, int? LraMonth) period, List<IndicatorResult> indicators, AnalysisSettings settings,
        Dictionary<string, ReportTimeliness> timeliness)
    {
        var budgets = queries.UnitBudgets(period.Year, period.LraMonth ?? period.Month);
        return queries.UnitReports(period.Year, period.Month).Select(u =>
        {
            var own = indicators.Where(i => i.UnitCode == u.Code).ToList();
            var shown = own.Select(i => i.Capaian.Displayed(settings.Cap)).OfType<decimal>().ToList();
            var budget = budgets.GetValueOrDefault(u.Code);
            return new UnitStanding
            {
                UnitCode = u.Code, UnitName = u.Name, IndicatorCount = u.Indicators,
                OnTrack = own.Count(i => settings.Track(i.Capaian) == TrackStatus.OnTrack),
                MeanCapaian = shown.Count == 0 ? null : shown.Sum() / shown.Count, CapaianShown = shown,
                Pagu = budget.Pagu, Realisasi = budget.Realisasi, Rank = 0, SourceFile = u.File,
                Timeliness = timeliness.GetValueOrDefault(u.Code),
            };
        }).ToList();
    }
}
