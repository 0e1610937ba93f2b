using SakipAnalytics.Dashboards.Charts;
using SakipAnalytics.Dashboards.Html;
using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Formatting;

namespace SakipAnalytics.Dashboards.Monthly;

/// <summary>
/// The monthly leadership dashboard as one self-contained HTML page: headline tiles, the charts
/// inline as SVG, the unit ranking, the indicator table, and what needs attention (early warnings
/// and data-quality findings). A pure function of the facts.
/// </summary>
public static class DashboardPage
{
    private const string Footer = "<footer class=\"note\">Dihasilkan oleh SakipAnalytics. "
        + "Setiap angka menyimpan rumus dan sumbernya sebagai keterangan (tooltip).</footer>\n";

    private const string ChartHint = "Arahkan kursor ke titik atau batang grafik untuk melihat rumus, angka masukan dan file sumbernya.";

    private const string IndicatorHint = "Arahkan kursor ke capaian untuk melihat rumus dan sumber datanya.";

    /// <summary>"Dasbor Kinerja Bulanan — office — month year".</summary>
    public static string Title(DashboardFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);

        return $"Dasbor Kinerja Bulanan — {facts.Office.Name} — {MonthYear(facts)}";
    }

    /// <summary>The whole page: the overview charts under the tiles, the indicator paths after the tables.</summary>
    public static string Render(DashboardFacts facts, IReadOnlyList<ChartFigure> overview, IReadOnlyList<ChartFigure> paths)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(overview);
        ArgumentNullException.ThrowIfNull(paths);

        var tiles = TileMarkup.Render(Headline.For(facts));
        return PageShell.Document(
            Title(facts), string.Concat(Header(facts), tiles, Figures(overview), Tables(facts), Paths(paths), Footer));
    }

    private static string Header(DashboardFacts facts) =>
        $"""
        <header>
        <h1>{HtmlText.Encode(Title(facts))}</h1>
        <p class="meta">{HtmlText.Encode(Settings(facts))}</p>
        </header>

        """;

    private static string Settings(DashboardFacts facts) =>
        $"Data s.d. akhir {MonthYear(facts)} · {SettingsText.Cap(facts.Settings.Cap)} · "
        + $"Kategori: {SettingsText.Bands(facts.Settings.Bands)}";

    private static string Figures(IReadOnlyList<ChartFigure> charts) =>
        $"<section class=\"charts\" aria-label=\"Grafik\">\n{string.Concat(charts.Select(FigureMarkup.Render))}</section>\n"
        + $"<p class=\"note hint\">{ChartHint}</p>\n";

    private static string Paths(IReadOnlyList<ChartFigure> paths) => paths.Count == 0
        ? string.Empty
        : "<section class=\"paths\" aria-label=\"Perkembangan indikator\">\n<h2>Perkembangan indikator</h2>\n"
          + "<p class=\"note\">Realisasi s.d. bulan terhadap jalur target tahun ini dan realisasi tahun lalu; garis merah "
          + "adalah target akhir Renstra.</p>\n<div class=\"charts\">\n"
          + string.Concat(paths.Select(FigureMarkup.Render)) + "</div>\n</section>\n";

    private static string Tables(DashboardFacts facts) =>
        $"""
        <section class="tables">
        {Iku(facts)}<h2>Peringkat unit</h2>
        <p class="note hint">Arahkan kursor ke baris untuk melihat file sumbernya.</p>
        {UnitTable.Render(facts)}<h2>Indikator kinerja</h2>
        <p class="note">Diurutkan dari yang paling tertinggal.<span class="hint"> {IndicatorHint}</span></p>
        {IndicatorTable.Render(facts)}</section>
        {AttentionSection.Render(facts)}{EvaluationSection.Render(facts)}
        """;

    private static string Iku(DashboardFacts facts) => facts.Iku.Count == 0
        ? string.Empty
        : "<h2>Indikator Kinerja Utama (IKU)</h2>\n<p class=\"note\">IKU diukur setahun sekali; setiap bulan IKU diikuti dari "
          + "indikator unit yang menjabarkannya dalam Perjanjian Kinerja.</p>\n" + IkuTable.Render(facts);

    private static string MonthYear(DashboardFacts facts) => IndonesianFormat.MonthYear(facts.Year, facts.Month);
}
