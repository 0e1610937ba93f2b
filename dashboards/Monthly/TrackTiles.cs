using SakipAnalytics.Dashboards.Html;
using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Formatting;

namespace SakipAnalytics.Dashboards.Monthly;

/// <summary>How many indicators are on track, at risk and off track, with the rule behind each.</summary>
internal static class TrackTiles
{
    public static IEnumerable<Tile> For(DashboardFacts facts)
    {
        var statuses = facts.Indicators.Select(i => facts.Settings.Track(i.Capaian)).ToList();
        var bands = facts.Settings.Bands;

        yield return Count("on-track", TrackStatus.OnTrack, statuses, facts,
            "capaian ≥ 100% (target s.d. bulan ini tercapai)");
        yield return Count("at-risk", TrackStatus.AtRisk, statuses, facts,
            $"capaian ≥ {Figure(bands.Tinggi)}% dan < 100% (belum mencapai target)");
        yield return Count("off-track", TrackStatus.OffTrack, statuses, facts,
            $"capaian < {Figure(bands.Tinggi)}% (di bawah kategori Tinggi)");
    }

    private static Tile Count(
        string key, TrackStatus status, List<TrackStatus> statuses, DashboardFacts facts, string rule)
    {
        var count = Whole(statuses.Count(s => s == status));
        var total = Whole(statuses.Count);
        var formula = $"Jumlah indikator dengan {rule} = {count} dari {total} indikator; "
            + SettingsText.Cap(facts.Settings.Cap);

        return new Tile(key, TrackText.Label(status), count, formula, $"dari {total} indikator", TrackText.Tone(status));
    }

    private static string Whole(int value) => value.ToString(IndonesianFormat.CultureInfo);

    private static string Figure(decimal value) => IndonesianFormat.Figure(value);
}
