using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Formatting;
using SakipAnalytics.Model.Quality;

namespace SakipAnalytics.Dashboards.Html;

/// <summary>
/// What needs attention this month: the early warnings (projected year-end capaian or absorption
/// below the thresholds), then the data-quality findings, each naming its unit and indicator or file.
/// </summary>
internal static class AttentionSection
{
    public const string WarningsId = "tabel-peringatan";
    public const string FindingsId = "tabel-temuan";

    /// <summary>Findings listed one by one before the rest are only counted.</summary>
    public const int MaxFindingsListed = 15;

    private static readonly Column[] WarningColumns =
        [Column.Text("Unit"), Column.Text("Indikator / anggaran"), Column.Figure("Proyeksi akhir tahun"), new("Dasar proyeksi")];

    private static readonly Column[] FindingColumns =
        [new("Jenis"), Column.Text("Unit"), Column.Text("Berkas dan letak"), Column.Text("Keterangan")];

    public static string Render(DashboardFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);

        return $"""
            <section class="attention">
            <h2>Perlu perhatian bulan ini</h2>
            <h3>Peringatan dini</h3>
            <p class="note">{HtmlText.Encode(Thresholds(facts))}</p>
            {Warnings(facts)}<h3>Temuan kualitas data</h3>
            {Findings(facts)}</section>

            """;
    }

    private static string Thresholds(DashboardFacts facts) =>
        $"Proyeksi akhir tahun dari bulan-bulan yang sudah dilaporkan; ditandai bila capaian di bawah "
        + $"{IndonesianFormat.Figure(facts.Settings.Warning.CapaianBelow)} atau serapan di bawah "
        + $"{IndonesianFormat.Figure(facts.Settings.Warning.AbsorptionBelow)}%.";

    private static string Warnings(DashboardFacts facts) => facts.Warnings.Count == 0
        ? "<p>Tidak ada peringatan dini bulan ini.</p>\n"
        : TableMarkup.Render(WarningsId, WarningColumns, facts.Warnings.Select(w => WarningRow(w, facts)));

    private static Row WarningRow(ProjectionWarning warning, DashboardFacts facts) => new(
        Source(warning, facts),
        [
            Cell.Text(warning.UnitName ?? UnitName(warning.UnitCode, facts)),
            Cell.Text(warning.IndicatorCode is { } code ? $"{code} {warning.IndicatorName}" : "Serapan anggaran"),
            Cell.Text(warning.Projected is { } projected ? IndonesianFormat.Percent(projected) : FigureText.Missing, Formula(warning)),
            Cell.Text(warning.Method ?? FigureText.Missing),
        ]);

    /// <summary>The file behind a warning: the indicator's capaian row, or the LRA spending stands at.</summary>
    private static string Source(ProjectionWarning warning, DashboardFacts facts)
    {
        if (warning.Figure == ProjectedFigure.Capaian)
        {
            var indicator = facts.Indicators.FirstOrDefault(i => i.Code == warning.IndicatorCode && i.UnitCode == warning.UnitCode);
            return $"Sumber: {indicator?.Source.ToString() ?? FigureText.Missing}; dihitung di tabel peringatan_capaian";
        }

        var lra = facts.Absorption.FirstOrDefault(p => p.Month == facts.LraMonth);
        return $"{(lra is null ? "Sumber LRA: —" : BudgetFormula.LraSource(lra))}; dihitung di tabel peringatan_serapan";
    }

    /// <summary>How the projected figure was reached, for its tooltip.</summary>
    private static string Formula(ProjectionWarning warning)
    {
        var figure = warning.Figure == ProjectedFigure.Capaian ? "capaian" : "serapan";
        var against = warning.Figure == ProjectedFigure.Capaian ? "target tahunan" : "pagu";
        return $"Proyeksi realisasi akhir tahun {Amount(warning.ProjectedRealisasi, warning)} ({warning.Method} dari realisasi "
            + $"s.d. bulan ini {Amount(warning.RealisasiToDate, warning)}); {figure} proyeksi terhadap {against} "
            + $"{Amount(warning.Against, warning)} = "
            + (warning.Projected is { } p ? IndonesianFormat.Percent(p) : FigureText.Missing);
    }

    private static string Amount(decimal? value, ProjectionWarning warning) => value switch
    {
        null => FigureText.Missing,
        { } v when warning.Figure == ProjectedFigure.Absorption => IndonesianFormat.Rupiah(v),
        { } v => IndonesianFormat.Figure(v),
    };

    private static string Findings(DashboardFacts facts)
    {
        if (facts.Findings.Count == 0)
            return "<p>Tidak ada temuan kualitas data bulan ini.</p>\n";

        var table = TableMarkup.Render(
            FindingsId, FindingColumns, facts.Findings.Take(MaxFindingsListed).Select(f => FindingRow(f, facts)));
        var rest = facts.Findings.Count - MaxFindingsListed;
        return rest <= 0
            ? table
            : table + $"<p class=\"note\">… dan {rest} temuan lain; semuanya tercantum pada sakip check.</p>\n";
    }

    private static Row FindingRow(QualityFinding finding, DashboardFacts facts) => new(
        finding.Expected is { } expected ? $"Ditemukan: {finding.Found ?? FigureText.Missing}; seharusnya: {expected}" : finding.Message,
        [
            Cell.Text(finding.Kind),
            Cell.Text(finding.UnitCode is { } unit ? UnitName(unit, facts) : FigureText.Missing),
            Cell.Text(Location(finding)),
            Cell.Text(finding.Message),
        ]);

    private static string Location(QualityFinding finding) =>
        string.Join(", ", new[] { finding.File, finding.CellLocation }.OfType<string>()) is { Length: > 0 } where
            ? where
            : FigureText.Missing;

    private static string UnitName(string code, DashboardFacts facts) => code == facts.Office.Code
        ? facts.Office.Name
        : facts.Units.FirstOrDefault(u => u.UnitCode == code)?.UnitName ?? code;
}
