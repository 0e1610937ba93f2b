using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Capaian;
using SakipAnalytics.Model.Formatting;

namespace SakipAnalytics.Dashboards.Html;

/// <summary>
/// Every indicator with its target, realisasi, capaian, band and status, those most behind
/// first. The capaian cell explains its formula; each row names its source row.
/// </summary>
internal static class IndicatorTable
{
    public const string Id = "tabel-indikator";

    private static readonly Column[] Columns =
    [
        Column.Code("Kode"), Column.Text("Indikator"), Column.Text("Unit"), new("Satuan"), Column.Figure("Target"),
        Column.Figure("Realisasi"), Column.Figure("Capaian"), new("Kategori"), new("Status"),
    ];

    public static string Render(DashboardFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);

        var unitNames = facts.Units.ToDictionary(u => u.UnitCode, u => u.UnitName);
        var rows = Ordered(facts).Select(i => ToRow(i, facts.Settings, unitNames));
        return TableMarkup.Render(Id, Columns, rows);
    }

    private static IEnumerable<IndicatorResult> Ordered(DashboardFacts facts) => facts.Indicators
        .OrderBy(i => Urgency(facts.Settings.Track(i.Capaian)))
        .ThenBy(i => i.Capaian.Uncapped ?? decimal.MaxValue)
        .ThenBy(i => i.Code, StringComparer.Ordinal);

    // Behind first, then those needing attention, then the ones that cannot be judged.
    private static int Urgency(TrackStatus status) => status switch
    {
        TrackStatus.OffTrack => 0,
        TrackStatus.AtRisk => 1,
        TrackStatus.Unknown => 2,
        _ => 3,
    };

    private static Row ToRow(
        IndicatorResult indicator, AnalysisSettings settings, Dictionary<string, string> unitNames) => new(
        $"Sumber: {indicator.Source}",
        [
            Cell.Text(indicator.Code),
            new Cell(Name(indicator)),
            Cell.Text(unitNames.GetValueOrDefault(indicator.UnitCode, indicator.UnitCode)),
            Cell.Text(indicator.Satuan),
            Cell.Text(FigureText.Of(indicator.Target)),
            Cell.Text(FigureText.Of(indicator.Realisasi)),
            Capaian(indicator, settings.Cap),
            Cell.Text(settings.Band(indicator.Capaian) is { } band ? BandScale.Label(band) : FigureText.Missing),
            new Cell(TrackText.Badge(settings.Track(indicator.Capaian))),
        ]);

    private static string Name(IndicatorResult indicator) => indicator.Kendala is { Length: > 0 } kendala
        ? $"{HtmlText.Encode(indicator.Name)}<div class=\"kendala\">Kendala: {HtmlText.Encode(kendala)}</div>"
        : HtmlText.Encode(indicator.Name);

    private static Cell Capaian(IndicatorResult indicator, CapSetting cap)
    {
        var formula = CapaianFormula.Explain(indicator, cap);

        if (indicator.Capaian.Displayed(cap) is { } shown)
            return Cell.Text(IndonesianFormat.Percent(shown), formula);

        var reason = HtmlText.Encode(indicator.Capaian.NotComputableReason);
        return new Cell($"{FigureText.Missing}<span class=\"reason\">{reason}</span>", formula);
    }
}
