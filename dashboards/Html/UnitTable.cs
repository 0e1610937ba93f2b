using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Capaian;
using SakipAnalytics.Model.Formatting;

namespace SakipAnalytics.Dashboards.Html;

/// <summary>The units in rank order: indicators, mean capaian with its band, absorption and reporting.</summary>
internal static class UnitTable
{
    public const string Id = "tabel-unit";

    private static readonly Column[] Columns =
    [
        Column.Figure("Peringkat"), Column.Text("Unit"), Column.Figure("Indikator"),
        Column.Figure("Mencapai target"), Column.Figure("Rata-rata capaian"),
        Column.Figure("Serapan anggaran"), new("Status laporan"),
    ];

    public static string Render(DashboardFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);

        var rows = facts.Units.OrderBy(u => u.Rank).Select(u => ToRow(u, facts));
        return TableMarkup.Render(Id, Columns, rows);
    }

    private static Row ToRow(UnitStanding unit, DashboardFacts facts) => new(Source(unit, facts),
    [
        Cell.Text(unit.MeanCapaian is null ? FigureText.Missing : unit.Rank.ToString(IndonesianFormat.CultureInfo)),
        Cell.Text(unit.UnitName),
        Cell.Text(unit.IndicatorCount.ToString(IndonesianFormat.CultureInfo)),
        Cell.Text(unit.OnTrack.ToString(IndonesianFormat.CultureInfo)),
        MeanCapaian(unit, facts),
        Absorption(unit, facts),
        Reporting(unit),
    ]);

    private static string Source(UnitStanding unit, DashboardFacts facts) => unit.SourceFile is { } file
        ? $"Sumber: {file}"
        : $"Belum ada file capaian {IndonesianFormat.MonthYear(facts.Year, facts.Month)}";

    private static Cell MeanCapaian(UnitStanding unit, DashboardFacts facts)
    {
        var title = UnitFormula.MeanCapaian(unit, facts);
        return unit switch
        {
            { SourceFile: null } => Cell.Text(FigureText.Missing, title),
            { MeanCapaian: { } mean } =>
                new Cell($"{IndonesianFormat.Percent(mean)} {BandTone.Badge(facts.Settings.Bands.Classify(mean))}", title),
            _ => new Cell($"{FigureText.Missing} {Badge.Of("Tidak dapat dihitung", Tone.Neutral)}", title),
        };
    }

    private static Cell Absorption(UnitStanding unit, DashboardFacts facts)
    {
        var value = unit.Absorption is { } absorption ? IndonesianFormat.Percent(absorption) : FigureText.Missing;
        return Cell.Text(value, UnitFormula.Absorption(unit, facts));
    }

    private static Cell Reporting(UnitStanding unit) => new(ReportingText.Badge(unit), ReportingText.Explain(unit));
}
