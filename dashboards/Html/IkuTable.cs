using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Formatting;

namespace SakipAnalytics.Dashboards.Html;

/// <summary>
/// The office's IKU: the year's PK target, last year's result, the Renstra end target, and the
/// unit indicators cascaded from each with their status to date, which is how an IKU measured
/// once a year is followed month by month.
/// </summary>
internal static class IkuTable
{
    public const string Id = "tabel-iku";

    public static string Render(DashboardFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);

        Column[] columns =
        [
            Column.Code("Kode"), Column.Text("Indikator Kinerja Utama"), Column.Figure($"Target {facts.Year}"),
            Column.Figure($"Realisasi {facts.Year - 1}"), Column.Figure("Target akhir Renstra"),
            new($"Indikator unit pendukung s.d. {IndonesianFormat.MonthYear(facts.Year, facts.Month)}"),
        ];
        return TableMarkup.Render(Id, columns, facts.Iku.Select(i => ToRow(i, facts)));
    }

    private static Row ToRow(IkuStanding iku, DashboardFacts facts) => new(
        $"{iku.Code} {iku.Agreement.Name}",
        [
            Cell.Text(iku.Code),
            Cell.Text($"{iku.Agreement.Name} ({iku.Agreement.Satuan.Trim()})"),
            Target(iku),
            LastYear(iku, facts),
            Cell.Text(FigureText.Of(iku.LastYear?.RenstraEndTarget)),
            Supporting(iku, facts),
        ]);

    private static Cell Target(IkuStanding iku) => iku.Agreement switch
    {
        { RevisedTarget: { } revised, RevisedFrom: { } from } => Cell.Text($"{revised} (Perubahan)",
            $"PK Perubahan sejak {IndonesianFormat.Date(from)}; PK Murni {iku.Agreement.MurniTarget ?? FigureText.Missing}"),
        { MurniTarget: { } murni } => Cell.Text(murni, "PK Murni"),
        _ => Cell.Text(FigureText.Missing, "Belum ada Perjanjian Kinerja tahun ini di referensi"),
    };

    private static Cell LastYear(IkuStanding iku, DashboardFacts facts) => iku.LastYear is { } result
        ? Cell.Text(CapaianText(result, facts), CapaianFormula.Explain(result, facts.Settings.Cap))
        : Cell.Text(FigureText.Missing, $"Belum ada realisasi IKU tahun {facts.Year - 1}");

    private static Cell Supporting(IkuStanding iku, DashboardFacts facts)
    {
        if (iku.Supporting.Count == 0)
            return Cell.Text("Tidak ada indikator unit yang menjabarkan IKU ini");

        var lines = iku.Supporting.Select(i => $"{HtmlText.Encode(i.Code)} {HtmlText.Encode(Capaian(i, facts))} "
            + TrackText.Badge(facts.Settings.Track(i.Capaian)));
        var sources = iku.Supporting.Concat(iku.Below).Select(i => $"{i.Code} ({i.UnitCode}) {Capaian(i, facts)}: sumber {i.Source}");
        return new Cell(string.Join("<br />", lines.Append(Below(iku, facts)).OfType<string>()), string.Join("\n", sources));
    }

    // "dan 10 indikator di bawahnya: 3 mencapai target, 6 perlu perhatian, 1 tertinggal"
    private static string? Below(IkuStanding iku, DashboardFacts facts)
    {
        if (iku.Below.Count == 0)
            return null;

        var counts = iku.Below.GroupBy(i => facts.Settings.Track(i.Capaian)).OrderBy(g => g.Key)
            .Select(g => $"{g.Count()} {TrackText.Label(g.Key).ToLowerInvariant()}");
        return HtmlText.Encode($"dan {iku.Below.Count} indikator di bawahnya: {string.Join(", ", counts)}");
    }

    private static string CapaianText(IndicatorResult result, DashboardFacts facts) =>
        $"{FigureText.Of(result.Realisasi)} ({Capaian(result, facts)})";

    private static string Capaian(IndicatorResult result, DashboardFacts facts) =>
        result.Capaian.Displayed(facts.Settings.Cap) is { } shown ? IndonesianFormat.Percent(shown) : FigureText.Missing;
}
